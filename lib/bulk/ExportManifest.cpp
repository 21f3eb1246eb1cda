#include "ExportManifest.h"

#include "bulk/OutputFolder.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Portrait {

namespace {
constexpr int kManifestVersion = 1;
} // namespace

QJsonObject ExportManifestEntry::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("path"), path);
    o.insert(QLatin1String("file"), file);
    o.insert(QLatin1String("etag"), etag);
    o.insert(QLatin1String("sha256"), sha256);
    o.insert(QLatin1String("bytes"), bytes);
    o.insert(QLatin1String("mediaType"), mediaType);
    o.insert(QLatin1String("width"), width);
    o.insert(QLatin1String("height"), height);
    if (!sizeId.isEmpty()) {
        o.insert(QLatin1String("sizeId"), sizeId);
    }
    o.insert(QLatin1String("variant"), variant);
    if (!sourceSha256.isEmpty()) {
        o.insert(QLatin1String("sourceSha256"), sourceSha256);
        o.insert(QLatin1String("sourceBytes"), sourceBytes);
    }
    return o;
}

ExportManifestEntry ExportManifestEntry::fromJson(const QJsonObject& o)
{
    ExportManifestEntry e;
    e.path = o.value(QLatin1String("path")).toString();
    e.file = o.value(QLatin1String("file")).toString();
    e.etag = o.value(QLatin1String("etag")).toString();
    e.sha256 = o.value(QLatin1String("sha256")).toString();
    e.bytes = qint64(o.value(QLatin1String("bytes")).toDouble());
    e.mediaType = o.value(QLatin1String("mediaType")).toString();
    e.width = o.value(QLatin1String("width")).toInt();
    e.height = o.value(QLatin1String("height")).toInt();
    e.sizeId = o.value(QLatin1String("sizeId")).toString();
    e.variant = o.value(QLatin1String("variant")).toString();
    e.sourceSha256 = o.value(QLatin1String("sourceSha256")).toString();
    e.sourceBytes = qint64(o.value(QLatin1String("sourceBytes")).toDouble(-1));
    return e;
}

QString ExportManifest::fileName()
{
    return QStringLiteral("portrait-manifest.json");
}

bool ExportManifest::load(const QString& dir, QString* error)
{
    m_entries.clear();
    m_index.clear();
    m_dirty = false;
    // Never through a link: another user who can write the folder could point one anywhere (OutputFolder).
    QByteArray data;
    QString readError;
    switch (OutputFolder::read(dir, fileName(), &data, &readError)) {
    case OutputFolder::Read::Missing:
        return true;
    case OutputFolder::Read::Failed:
        if (error) {
            *error = readError;
        }
        return false;
    case OutputFolder::Read::Ok:
        break;
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()
        || !doc.object().value(QLatin1String("entries")).isArray()) {
        if (error) {
            *error = pe.error != QJsonParseError::NoError ? pe.errorString()
                                                          : QStringLiteral("expected an object with an entries array");
        }
        return false;
    }
    const QJsonArray entries = doc.object().value(QLatin1String("entries")).toArray();
    for (const QJsonValue& v : entries) {
        const ExportManifestEntry e = ExportManifestEntry::fromJson(v.toObject());
        if (!e.path.isEmpty() && !e.file.isEmpty()) {
            insert(e);
        }
    }
    m_dirty = false;
    return true;
}

QByteArray ExportManifest::toJson() const
{
    QJsonArray array;
    for (const ExportManifestEntry& e : m_entries) {
        if (!e.path.isEmpty()) {
            array.append(e.toJson());
        }
    }
    QJsonObject root;
    root.insert(QLatin1String("version"), kManifestVersion);
    root.insert(QLatin1String("generator"), QStringLiteral("portrait"));
    root.insert(QLatin1String("entries"), array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ExportManifest::save(const QString& dir, QString* error) const
{
    QString writeError;
    if (!OutputFolder::write(dir, fileName(), toJson(), &writeError)) {
        if (error) {
            *error = writeError;
        }
        return false;
    }
    m_dirty = false;
    return true;
}

const ExportManifestEntry* ExportManifest::find(const QString& path) const
{
    const auto it = m_index.constFind(path);
    return it == m_index.constEnd() ? nullptr : &m_entries.at(*it);
}

void ExportManifest::insert(const ExportManifestEntry& entry)
{
    const auto it = m_index.constFind(entry.path);
    if (it != m_index.constEnd()) {
        m_entries[*it] = entry;
    } else {
        m_index.insert(entry.path, m_entries.size());
        m_entries.append(entry);
    }
    m_dirty = true;
}

void ExportManifest::remove(const QString& path)
{
    const auto it = m_index.constFind(path);
    if (it == m_index.constEnd()) {
        return;
    }
    m_entries[*it] = ExportManifestEntry{};
    m_index.erase(it);
    m_dirty = true;
}

QList<ExportManifestEntry> ExportManifest::entries() const
{
    QList<ExportManifestEntry> list;
    list.reserve(m_index.size());
    for (const ExportManifestEntry& e : m_entries) {
        if (!e.path.isEmpty()) {
            list.append(e);
        }
    }
    return list;
}

} // namespace Portrait
