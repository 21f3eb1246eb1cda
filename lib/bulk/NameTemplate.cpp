#include "NameTemplate.h"

#include "graph/DirectoryObject.h"

#include <QCoreApplication>
#include <QSet>

namespace Portrait {

namespace {

constexpr int kMaxComponentBytes = 255;
/// UAX #15 §13 (Stream-Safe Text Format): no more than 30 non-starters in a row.
constexpr int kMaxCombiningRun = 30;

bool isReservedChar(char32_t c)
{
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
        return true; // control characters
    }
    switch (c) {
    case U'<':
    case U'>':
    case U':':
    case U'"':
    case U'/':
    case U'\\':
    case U'|':
    case U'?':
    case U'*':
        return true;
    default:
        return false;
    }
}

/// Windows' reserved device names; `CON.jpg` and `con .txt` are reserved too.
bool isReservedName(const QString& component)
{
    static const QSet<QString> names = [] {
        QSet<QString> s{QStringLiteral("CON"), QStringLiteral("PRN"),    QStringLiteral("AUX"),
                        QStringLiteral("NUL"), QStringLiteral("CONIN$"), QStringLiteral("CONOUT$")};
        for (int i = 0; i <= 9; ++i) {
            s.insert(QStringLiteral("COM%1").arg(i));
            s.insert(QStringLiteral("LPT%1").arg(i));
        }
        for (const QChar sup : {QChar(0x00B9), QChar(0x00B2), QChar(0x00B3)}) {
            s.insert(QStringLiteral("COM") + sup);
            s.insert(QStringLiteral("LPT") + sup);
        }
        return s;
    }();
    // Windows drops trailing spaces ("con .txt"); any other white space around the stem ("AUX" + U+2009, found
    // by fuzzing) is treated alike: a prefixed name costs nothing, a device name loses the photo.
    const qsizetype dot = component.indexOf(u'.');
    const QStringView stem = (dot >= 0 ? QStringView(component).left(dot) : QStringView(component)).trimmed();
    // Upper-casing never shortens a string: a stem longer than CONOUT$ names no device (and costs no copy).
    return stem.size() <= 7 && names.contains(stem.toString().toUpper());
}

/// Appends one code point; cheaper than a QString per character (names run to thousands of characters).
void appendCodePoint(QString& out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out += QChar(QChar::highSurrogate(c));
        out += QChar(QChar::lowSurrogate(c));
    } else {
        out += QChar(char16_t(c));
    }
}

QString stripTrailingDotsAndSpaces(QString text)
{
    while (!text.isEmpty() && (text.endsWith(u'.') || text.endsWith(u' '))) {
        text.chop(1);
    }
    return text;
}

int utf8Size(const QString& text)
{
    return int(text.toUtf8().size());
}

/// Splits a component into stem and extension (with its dot); no extension for dot-less or dot-first names.
void splitExtension(const QString& component, QString* stem, QString* ext)
{
    const qsizetype dot = component.lastIndexOf(u'.');
    // An "extension" longer than 16 characters is part of the name (e.g. a domain in a UPN).
    if (dot > 0 && component.size() - dot <= 17) {
        *stem = component.left(dot);
        *ext = component.mid(dot);
    } else {
        *stem = component;
        ext->clear();
    }
}

/// Cuts the stem so that stem + tail fits in 255 bytes.
QString fitComponent(const QString& stem, const QString& tail)
{
    const int room = kMaxComponentBytes - utf8Size(tail);
    QString cut = stripTrailingDotsAndSpaces(NameTemplate::truncateUtf8(stem, qMax(1, room)));
    if (cut.isEmpty()) {
        cut = QStringLiteral("_");
    }
    return cut + tail;
}

} // namespace

NameFields NameFields::of(const DirectoryObject& object, const QString& size, const QString& etag, const QString& ext)
{
    NameFields f;
    f.id = object.id;
    f.mail = object.mail;
    f.displayName = object.displayName;
    f.kind = object.kindName();
    f.upn = !object.userPrincipalName.isEmpty() ? object.userPrincipalName
        : !object.mail.isEmpty()                ? object.mail
                                                : object.id;
    f.size = size;
    f.etag = etag;
    f.ext = ext;
    return f;
}

NameTemplate::NameTemplate(const QString& pattern)
    : m_pattern(pattern.isEmpty() ? defaultPattern() : pattern)
{
    const QStringList known = tokens();
    bool anyToken = false;
    qsizetype i = 0;
    while (i < m_pattern.size()) {
        const qsizetype open = m_pattern.indexOf(u'{', i);
        const qsizetype stray = m_pattern.indexOf(u'}', i);
        if (stray >= 0 && (open < 0 || stray < open)) {
            m_error = QCoreApplication::translate("Portrait::NameTemplate", "'}' without '{' in the name template");
            return;
        }
        if (open < 0) {
            m_parts.append(Part{false, m_pattern.mid(i)});
            break;
        }
        if (open > i) {
            m_parts.append(Part{false, m_pattern.mid(i, open - i)});
        }
        const qsizetype close = m_pattern.indexOf(u'}', open);
        if (close < 0) {
            m_error = QCoreApplication::translate("Portrait::NameTemplate", "unclosed '{' in the name template");
            return;
        }
        const QString name = m_pattern.mid(open + 1, close - open - 1);
        if (!known.contains(name)) {
            m_error = QCoreApplication::translate("Portrait::NameTemplate",
                                                  "unknown token {%1} in the name template (known: %2)")
                          .arg(name, QStringLiteral("{") + known.join(QStringLiteral("} {")) + QStringLiteral("}"));
            return;
        }
        m_parts.append(Part{true, name});
        anyToken = true;
        i = close + 1;
    }
    if (!anyToken) {
        m_error = QCoreApplication::translate("Portrait::NameTemplate",
                                              "the name template uses no token: every file would have the same name");
    }
}

QString NameTemplate::defaultPattern()
{
    return QStringLiteral("{kind}/{upn}.{ext}");
}

QStringList NameTemplate::tokens()
{
    return {QStringLiteral("upn"),  QStringLiteral("id"),   QStringLiteral("mail"), QStringLiteral("displayName"),
            QStringLiteral("kind"), QStringLiteral("size"), QStringLiteral("etag"), QStringLiteral("ext")};
}

QString NameTemplate::expand(const NameFields& fields) const
{
    QString joined;
    for (const Part& part : m_parts) {
        if (!part.token) {
            joined += part.text;
            continue;
        }
        QString value;
        if (part.text == QLatin1String("upn")) {
            value = fields.upn;
        } else if (part.text == QLatin1String("id")) {
            value = fields.id;
        } else if (part.text == QLatin1String("mail")) {
            value = fields.mail;
        } else if (part.text == QLatin1String("displayName")) {
            value = fields.displayName;
        } else if (part.text == QLatin1String("kind")) {
            value = fields.kind;
        } else if (part.text == QLatin1String("size")) {
            value = fields.size;
        } else if (part.text == QLatin1String("etag")) {
            value = fields.etag;
        } else if (part.text == QLatin1String("ext")) {
            value = fields.ext;
        }
        // Only the pattern's own slashes make folders; a value's never do.
        value.replace(u'/', u'_');
        value.replace(u'\\', u'_');
        joined += value;
    }
    return sanitizePath(joined);
}

QString NameTemplate::sanitizeComponent(const QString& component)
{
    // Bounded runs of marks and a bounded length keep normalisation linear (see kMaxNormalizedLength). The
    // second pass cuts runs that decomposition lengthened (U+0344 is two marks), so that a sanitized name
    // sanitizes to itself.
    QString bounded = limitCombiningMarks(component);
    if (bounded.size() > kMaxNormalizedLength) {
        QString stem;
        QString ext;
        splitExtension(bounded, &stem, &ext);
        qsizetype cut = qMin(stem.size(), kMaxNormalizedLength);
        if (cut > 0 && stem.at(cut - 1).isHighSurrogate()) {
            --cut;
        }
        bounded = stem.left(cut) + ext;
    }
    const QString nfc = limitCombiningMarks(bounded.normalized(QString::NormalizationForm_C));
    QString clean;
    clean.reserve(nfc.size());
    for (const char32_t c : nfc.toUcs4()) {
        if (isReservedChar(c) || (c >= 0xD800 && c <= 0xDFFF)) {
            clean += u'_';
        } else {
            appendCodePoint(clean, c);
        }
    }
    // No leading spaces, no trailing dots or spaces (Windows drops them), no hidden files.
    qsizetype spaces = 0;
    while (spaces < clean.size() && clean.at(spaces) == u' ') {
        ++spaces;
    }
    clean.remove(0, spaces);
    clean = stripTrailingDotsAndSpaces(clean);
    if (clean.startsWith(u'.')) {
        clean[0] = u'_';
    }
    if (clean.isEmpty()) {
        return QStringLiteral("_");
    }
    if (isReservedName(clean)) {
        clean.prepend(u'_');
    }
    if (utf8Size(clean) > kMaxComponentBytes) {
        QString stem;
        QString ext;
        splitExtension(clean, &stem, &ext);
        clean = fitComponent(stem, ext);
    }
    return clean;
}

QString NameTemplate::sanitizePath(const QString& path)
{
    QStringList out;
    const QStringList components = QString(path).replace(u'\\', u'/').split(u'/', Qt::SkipEmptyParts);
    for (const QString& c : components) {
        out.append(sanitizeComponent(c));
    }
    if (out.isEmpty()) {
        out.append(QStringLiteral("_"));
    }
    return out.join(u'/');
}

QString NameTemplate::withSuffix(const QString& relativePath, const QString& suffix)
{
    const qsizetype slash = relativePath.lastIndexOf(u'/');
    const QString dir = slash >= 0 ? relativePath.left(slash + 1) : QString();
    QString stem;
    QString ext;
    splitExtension(relativePath.mid(slash + 1), &stem, &ext);
    return dir + fitComponent(stem, suffix + ext);
}

QString NameTemplate::truncateUtf8(const QString& text, int maxBytes)
{
    if (utf8Size(text) <= maxBytes) {
        return text;
    }
    QString out;
    int bytes = 0;
    for (const char32_t c : text.toUcs4()) {
        const int n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        if (bytes + n > maxBytes) {
            break;
        }
        bytes += n;
        appendCodePoint(out, c);
    }
    // Never end on a lone combining mark's base split from its mark: drop trailing marks' orphans.
    while (!out.isEmpty() && out.back().isMark()) {
        out.chop(1);
    }
    return out;
}

QString NameTemplate::limitCombiningMarks(const QString& text)
{
    QString out; // stays null (no copy) unless a run is too long
    int run = 0;
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n;) {
        char32_t c = text.at(i).unicode();
        qsizetype len = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < n && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            len = 2;
        }
        run = c >= 0x300 && QChar::combiningClass(c) != 0 ? run + 1 : 0; // no mark below U+0300
        if (run > kMaxCombiningRun) {
            if (out.isNull()) {
                out.reserve(n);
                out.append(text.constData(), i);
            }
        } else if (!out.isNull()) {
            out.append(text.constData() + i, len);
        }
        i += len;
    }
    return out.isNull() ? text : out;
}

} // namespace Portrait
