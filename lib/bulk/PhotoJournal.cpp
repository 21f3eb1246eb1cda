#include "PhotoJournal.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace Portrait {

namespace {

constexpr int kFormat = 1;
constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString sha256Hex(const QByteArray& data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

bool saveFile(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    // Tenant data: readable by its owner only, from the first byte on.
    file.setPermissions(kOwnerOnly);
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

QJsonObject JournalEntry::toJson() const
{
    QJsonObject o{{QStringLiteral("path"), path.toString()},
                  {QStringLiteral("kind"), kind},
                  {QStringLiteral("displayName"), displayName},
                  {QStringLiteral("action"), action},
                  {QStringLiteral("state"), state},
                  {QStringLiteral("before"),
                   QJsonObject{{QStringLiteral("status"), hadPhoto ? QStringLiteral("photo") : QStringLiteral("none")},
                               {QStringLiteral("etag"), etagBefore},
                               {QStringLiteral("mediaType"), mediaTypeBefore},
                               {QStringLiteral("width"), widthBefore},
                               {QStringLiteral("height"), heightBefore}}}};
    if (!userPrincipalName.isEmpty()) {
        o.insert(QStringLiteral("userPrincipalName"), userPrincipalName);
    }
    if (!file.isEmpty()) {
        o.insert(QStringLiteral("file"), file);
    }
    if (!backup.isEmpty()) {
        o.insert(QStringLiteral("backup"), backup);
        o.insert(QStringLiteral("backupSha256"), backupSha256);
    }
    if (!uploadSha256.isEmpty()) {
        o.insert(QStringLiteral("uploadSha256"), uploadSha256);
    }
    if (!etagAfter.isEmpty()) {
        o.insert(QStringLiteral("etagAfter"), etagAfter);
    }
    o.insert(QStringLiteral("verified"), verified);
    if (error.isError()) {
        o.insert(QStringLiteral("errorCode"), error.code);
        o.insert(QStringLiteral("errorMessage"), error.message);
        o.insert(QStringLiteral("httpStatus"), error.httpStatus);
        o.insert(QStringLiteral("requestId"), error.requestId);
    }
    if (!undone.isEmpty()) {
        o.insert(QStringLiteral("undone"), undone);
    }
    return o;
}

JournalEntry JournalEntry::fromJson(const QJsonObject& o)
{
    JournalEntry e;
    e.path = ItemPath::parse(o.value(QStringLiteral("path")).toString());
    e.kind = o.value(QStringLiteral("kind")).toString();
    e.displayName = o.value(QStringLiteral("displayName")).toString();
    e.userPrincipalName = o.value(QStringLiteral("userPrincipalName")).toString();
    e.file = o.value(QStringLiteral("file")).toString();
    e.action = o.value(QStringLiteral("action")).toString();
    e.state = o.value(QStringLiteral("state")).toString();
    const QJsonObject before = o.value(QStringLiteral("before")).toObject();
    e.hadPhoto = before.value(QStringLiteral("status")).toString() == QLatin1String("photo");
    e.etagBefore = before.value(QStringLiteral("etag")).toString();
    e.mediaTypeBefore = before.value(QStringLiteral("mediaType")).toString();
    e.widthBefore = before.value(QStringLiteral("width")).toInt();
    e.heightBefore = before.value(QStringLiteral("height")).toInt();
    e.backup = o.value(QStringLiteral("backup")).toString();
    e.backupSha256 = o.value(QStringLiteral("backupSha256")).toString();
    e.uploadSha256 = o.value(QStringLiteral("uploadSha256")).toString();
    e.etagAfter = o.value(QStringLiteral("etagAfter")).toString();
    e.verified = o.value(QStringLiteral("verified")).toBool();
    if (o.contains(QStringLiteral("errorCode"))) {
        e.error.kind = GraphError::Kind::Http;
        e.error.code = o.value(QStringLiteral("errorCode")).toString();
        e.error.message = o.value(QStringLiteral("errorMessage")).toString();
        e.error.httpStatus = o.value(QStringLiteral("httpStatus")).toInt();
        e.error.requestId = o.value(QStringLiteral("requestId")).toString();
    }
    e.undone = o.value(QStringLiteral("undone")).toString();
    return e;
}

bool PhotoJournal::open(const QString& dir, QString* error, const JournalTenant& tenant)
{
    m_dir = QDir(dir).absolutePath();
    if (QFile::exists(QDir(m_dir).filePath(QLatin1String(fileName)))) {
        return load(error);
    }
    if (!QDir().mkpath(m_dir)) {
        *error = QStringLiteral("cannot create the journal folder %1").arg(m_dir);
        return false;
    }
    QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    m_tenant = tenant;
    m_entries.clear();
    m_serialized.clear();
    return save(error);
}

bool PhotoJournal::openExisting(const QString& dir, QString* error)
{
    m_dir = QDir(dir).absolutePath();
    if (!QFile::exists(QDir(m_dir).filePath(QLatin1String(fileName)))) {
        *error = QStringLiteral("%1 holds no %2").arg(m_dir, QLatin1String(fileName));
        return false;
    }
    return load(error);
}

bool PhotoJournal::load(QString* error)
{
    QFile file(QDir(m_dir).filePath(QLatin1String(fileName)));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(file.fileName(), file.errorString());
        return false;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &pe);
    const QJsonObject root = doc.object();
    if (pe.error != QJsonParseError::NoError || root.value(QStringLiteral("format")).toInt() != kFormat) {
        *error = QStringLiteral("%1 is not a Portrait journal").arg(file.fileName());
        return false;
    }
    m_created = root.value(QStringLiteral("created")).toString();
    // Absent from journals written before tenants were recorded: they stay readable, their tenant unknown.
    m_tenant = JournalTenant::fromJson(root.value(QStringLiteral("tenant")).toObject());
    m_entries.clear();
    m_serialized.clear();
    for (const QJsonValue& v : root.value(QStringLiteral("entries")).toArray()) {
        JournalEntry e = JournalEntry::fromJson(v.toObject());
        if (e.path.isPrincipal()) {
            m_serialized.append(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact));
            m_entries.append(e);
        }
    }
    return true;
}

bool PhotoJournal::save(QString* error)
{
    return writeFile(filePath(), serialized(), error);
}

QString PhotoJournal::filePath() const
{
    return QDir(m_dir).filePath(QLatin1String(fileName));
}

bool PhotoJournal::writeFile(const QString& path, const QByteArray& bytes, QString* error)
{
    return saveFile(path, bytes, error);
}

QByteArray PhotoJournal::serialized()
{
    // Put together from the entries' own JSON: serialising every entry again on each save made a run of n
    // principals cost n² (a thousand-photo import spent 20 s of CPU on it).
    QJsonObject head{{QStringLiteral("format"), kFormat}, {QStringLiteral("created"), m_created}};
    if (m_tenant.isKnown()) {
        head.insert(QStringLiteral("tenant"), m_tenant.toJson());
    }
    QByteArray json = QJsonDocument(head).toJson(QJsonDocument::Compact);
    json.chop(1); // the closing brace
    json += ",\"entries\":[\n";
    json += m_serialized.join(",\n");
    json += "\n]}\n";
    ++m_saves;
    return json;
}

int PhotoJournal::indexOf(const ItemPath& path) const
{
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).path == path) {
            return i;
        }
    }
    return -1;
}

bool PhotoJournal::put(const JournalEntry& entry, QString* error)
{
    stage(entry);
    return save(error);
}

void PhotoJournal::stage(const JournalEntry& entry)
{
    const int i = indexOf(entry.path);
    const QByteArray json = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact);
    if (i >= 0) {
        m_entries[i] = entry;
        m_serialized[i] = json;
    } else {
        m_entries.append(entry);
        m_serialized.append(json);
    }
}

bool PhotoJournal::writeBackup(JournalEntry& entry, const QByteArray& bytes, const QString& mediaType, QString* error)
{
    // Named by a hash of the path: ids may hold characters a file name cannot, and the name stays stable.
    const QString stem = QString::fromLatin1(
        QCryptographicHash::hash(entry.path.toString().toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    const QString extension = mediaType == QLatin1String("image/png") ? QStringLiteral("png")
        : mediaType == QLatin1String("image/gif")                     ? QStringLiteral("gif")
                                                                      : QStringLiteral("jpg");
    const QString name = QStringLiteral("backup-%1.%2").arg(stem, extension);
    if (!saveFile(QDir(m_dir).filePath(name), bytes, error)) {
        return false;
    }
    entry.backup = name;
    entry.backupSha256 = sha256Hex(bytes);
    return true;
}

QByteArray PhotoJournal::readBackup(const JournalEntry& entry, QString* error) const
{
    QFile file(QDir(m_dir).filePath(entry.backup));
    if (entry.backup.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("the backup %1 cannot be read").arg(file.fileName());
        return {};
    }
    const QByteArray bytes = file.readAll();
    if (sha256Hex(bytes) != entry.backupSha256) {
        *error = QStringLiteral("the backup %1 was changed since it was written").arg(file.fileName());
        return {};
    }
    return bytes;
}

} // namespace Portrait
