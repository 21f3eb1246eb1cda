#include "FileName.h"

#include <QSet>

namespace Portrait {

namespace FileName {

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
    QString cut = stripTrailingDotsAndSpaces(FileName::truncateUtf8(stem, qMax(1, room)));
    if (cut.isEmpty()) {
        cut = QStringLiteral("_");
    }
    return cut + tail;
}

} // namespace

QString sanitize(const QString& component)
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

QString sanitizePath(const QString& path)
{
    QStringList out;
    const QStringList components = QString(path).replace(u'\\', u'/').split(u'/', Qt::SkipEmptyParts);
    for (const QString& c : components) {
        out.append(sanitize(c));
    }
    if (out.isEmpty()) {
        out.append(QStringLiteral("_"));
    }
    return out.join(u'/');
}

QString withSuffix(const QString& relativePath, const QString& suffix)
{
    const qsizetype slash = relativePath.lastIndexOf(u'/');
    const QString dir = slash >= 0 ? relativePath.left(slash + 1) : QString();
    QString stem;
    QString ext;
    splitExtension(relativePath.mid(slash + 1), &stem, &ext);
    return dir + fitComponent(stem, suffix + ext);
}

QString truncateUtf8(const QString& text, int maxBytes)
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

QString limitCombiningMarks(const QString& text)
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

QString extensionFor(const QString& mediaType)
{
    const QString t = mediaType.trimmed().toLower();
    if (t == QLatin1String("image/jpeg") || t == QLatin1String("image/jpg") || t == QLatin1String("image/pjpeg")) {
        return QStringLiteral("jpg");
    }
    if (t == QLatin1String("image/png")) {
        return QStringLiteral("png");
    }
    if (t == QLatin1String("image/gif")) {
        return QStringLiteral("gif");
    }
    if (t == QLatin1String("image/bmp")) {
        return QStringLiteral("bmp");
    }
    if (t == QLatin1String("image/webp")) {
        return QStringLiteral("webp");
    }
    if (t == QLatin1String("image/tiff")) {
        return QStringLiteral("tif");
    }
    return QStringLiteral("img");
}

QString forPhoto(const QString& stem, const QString& mediaType)
{
    // The extension goes on before sanitizing, so that "CON" becomes "_CON.jpg" and a cut keeps ".jpg".
    return sanitize(stem + u'.' + extensionFor(mediaType));
}

} // namespace FileName

} // namespace Portrait
