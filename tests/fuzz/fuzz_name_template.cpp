// libFuzzer target: the export's name template (NameTemplate: parse, expand, sanitize) and the
// de-duplication suffixes (NameAllocator), as ExportJob runs them on names that come from the directory.
// Input: the pattern, then upn, id, mail, displayName, kind, size, etag and ext, one per line.

#include "FuzzCheck.h"

#include "bulk/NameAllocator.h"
#include "bulk/NameTemplate.h"
#include "graph/FileName.h"

#include <QDir>
#include <QSet>
#include <QStringTokenizer>

using namespace Portrait;

namespace {

bool isReservedDeviceName(QStringView component)
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
    // The part before the first dot, trimmed; upper-casing never shortens a string, so a stem longer than the
    // longest name (CONOUT$) names no device.
    const qsizetype dot = component.indexOf(u'.');
    const QStringView stem = (dot >= 0 ? component.left(dot) : component).trimmed();
    return stem.size() <= 7 && names.contains(stem.toString().toUpper());
}

bool isReservedChar(char32_t ch)
{
    switch (ch) {
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
        return ch < 0x20 || (ch >= 0x7F && ch <= 0x9F); // control characters
    }
}

/// One component that every file system Portrait writes to accepts, and that names no other place. One pass
/// over the code points, no copies: this runs for every component of five paths per input.
void checkComponent(QStringView c)
{
    FUZZ_CHECK(!c.isEmpty());
    FUZZ_CHECK(c != u"." && c != u"..");
    FUZZ_CHECK(!c.startsWith(u'.') && !c.startsWith(u' '));
    FUZZ_CHECK(!c.endsWith(u'.') && !c.endsWith(u' '));
    qsizetype utf8Bytes = 0;
    int marksInARow = 0;
    for (qsizetype i = 0; i < c.size(); ++i) {
        char32_t ch = c[i].unicode();
        if (QChar::isSurrogate(ch)) { // only as a pair: the name survives UTF-8
            FUZZ_CHECK(QChar::isHighSurrogate(ch) && i + 1 < c.size() && c[i + 1].isLowSurrogate());
            ch = QChar::surrogateToUcs4(c[i], c[i + 1]);
            ++i;
        }
        utf8Bytes += ch < 0x80 ? 1 : ch < 0x800 ? 2 : ch < 0x10000 ? 3 : 4;
        FUZZ_CHECK(!isReservedChar(ch));
        // At most 30 combining marks in a row (UAX #15's stream-safe bound; longer runs made NFC quadratic).
        marksInARow = QChar::combiningClass(ch) != 0 ? marksInARow + 1 : 0;
        FUZZ_CHECK(marksInARow <= 30);
    }
    FUZZ_CHECK(utf8Bytes <= 255);
    FUZZ_CHECK(!isReservedDeviceName(c));
}

/// A relative path that stays inside the export folder.
void checkRelativePath(const QString& path)
{
    FUZZ_CHECK(!path.isEmpty());
    FUZZ_CHECK(!path.startsWith(u'/'));
    for (const QStringView c : qTokenize(path, u'/')) {
        checkComponent(c);
    }
    const QString base = QStringLiteral("/export/out");
    FUZZ_CHECK(QDir::cleanPath(base + u'/' + path).startsWith(base + u'/'));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = PortraitFuzz::bytes(data, size);
    const QStringList f = PortraitFuzz::lines(input, 9);

    const NameTemplate nameTemplate(f.at(0));
    FUZZ_CHECK(nameTemplate.isValid() == nameTemplate.errorString().isEmpty());
    if (nameTemplate.isValid()) {
        NameFields fields;
        fields.upn = f.at(1);
        fields.id = f.at(2);
        fields.mail = f.at(3);
        fields.displayName = f.at(4);
        fields.kind = f.at(5);
        fields.size = f.at(6);
        fields.etag = f.at(7);
        fields.ext = f.at(8);
        const QString name = nameTemplate.expand(fields);
        checkRelativePath(name);
        FUZZ_CHECK(FileName::sanitizePath(name) == name);

        // A second principal wanting the same name gets another one, just as safe.
        NameAllocator names;
        FUZZ_CHECK(names.claim(fields.id, name) == name);
        const QString other = names.claim(fields.id + QStringLiteral("-other"), name);
        FUZZ_CHECK(other != name);
        checkRelativePath(other);
        const QString third = names.claim(fields.id + QStringLiteral("-third"), name);
        FUZZ_CHECK(third != name && third != other);
        checkRelativePath(third);
    }

    // The sanitizer on raw text, as the manifest and --name-template values reach it.
    const QString raw = QString::fromUtf8(input);
    checkRelativePath(FileName::sanitizePath(raw));
    const QString component = FileName::sanitize(raw);
    FUZZ_CHECK(!component.contains(u'/'));
    checkComponent(component);
    FUZZ_CHECK(FileName::sanitize(component) == component);
    const int limit = int(size % 300);
    FUZZ_CHECK(FileName::truncateUtf8(raw, limit).toUtf8().size() <= limit);
    return 0;
}
