#pragma once

// Shared by the libFuzzer targets and their corpus replay tests: the invariants every target asserts.

#include "base/Cloud.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

/// Aborts (a finding for libFuzzer, a crash for the replay test) with the broken invariant's text.
#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: fuzz invariant broken: %s\n", __FILE__, __LINE__, #condition);                \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace PortraitFuzz {

inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

/// The input cut at '\n' into @p count fields (missing ones empty, the last one keeps the rest).
inline QStringList lines(const QByteArray& input, int count)
{
    QStringList out;
    qsizetype from = 0;
    for (int i = 0; i < count; ++i) {
        if (from > input.size()) {
            out.append(QString());
            continue;
        }
        const qsizetype nl = i + 1 < count ? input.indexOf('\n', from) : -1;
        const qsizetype end = nl < 0 ? input.size() : nl;
        out.append(QString::fromUtf8(input.mid(from, end - from)));
        from = end + 1;
    }
    return out;
}

/**
 * A path relative to the Graph root as the program sends it (ItemPath::encoded() and friends): it stays
 * under the root of the same origin, and holds no `.` or `..` segment that a server or proxy would fold
 * into another principal's address (RFC 3986 §5.2.4).
 */
inline void checkWirePath(const QString& encodedPath)
{
    FUZZ_CHECK(!encodedPath.isEmpty());
    FUZZ_CHECK(!encodedPath.startsWith(u'/'));
    for (const QString& segment : encodedPath.split(u'/')) {
        FUZZ_CHECK(!segment.isEmpty());
        FUZZ_CHECK(segment != QLatin1String(".") && segment != QLatin1String(".."));
        FUZZ_CHECK(!segment.contains(u'?') && !segment.contains(u'#') && !segment.contains(u' '));
    }
    static const Portrait::GraphRoot root = Portrait::GraphRoot::forCloud(Portrait::Cloud::Global);
    const QUrl url = root.resolve(encodedPath);
    FUZZ_CHECK(url.isValid());
    FUZZ_CHECK(root.isSameOrigin(url));
    FUZZ_CHECK(url.path(QUrl::FullyEncoded) == QLatin1String("/v1.0/") + encodedPath);
    FUZZ_CHECK(!url.hasQuery() && !url.hasFragment());
}

} // namespace PortraitFuzz
