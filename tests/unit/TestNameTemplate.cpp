// Export file names: the template, the sanitizer and collision suffixes, data-driven.
#include "bulk/NameAllocator.h"
#include "bulk/NameTemplate.h"
#include "graph/FileName.h"

#include "CpuStopwatch.h"

#include <QTest>

using namespace Portrait;

namespace {

NameFields fields(const QString& displayName = QStringLiteral("Adele Vance"),
                  const QString& upn = QStringLiteral("adele@contoso.com"))
{
    NameFields f;
    f.upn = upn;
    f.id = QStringLiteral("0b1c2d3e");
    f.mail = upn;
    f.displayName = displayName;
    f.kind = QStringLiteral("user");
    f.size = QStringLiteral("240x240");
    f.etag = QStringLiteral("BA09D118");
    f.ext = QStringLiteral("jpg");
    return f;
}

/// What must hold for every name, whatever the directory holds.
void checkSafe(const QString& path)
{
    QVERIFY2(!path.isEmpty(), qPrintable(path));
    QVERIFY2(!path.startsWith(u'/'), qPrintable(path));
    QVERIFY2(!path.contains(u'\\'), qPrintable(path));
    QCOMPARE(path, path.normalized(QString::NormalizationForm_C));
    for (const QString& c : path.split(u'/')) {
        QVERIFY2(!c.isEmpty() && c != QLatin1String(".") && c != QLatin1String(".."), qPrintable(path));
        QVERIFY2(!c.startsWith(u'.'), qPrintable(path));
        QVERIFY2(!c.endsWith(u'.') && !c.endsWith(u' '), qPrintable(path));
        QVERIFY2(c.toUtf8().size() <= 255, qPrintable(QString::number(c.toUtf8().size())));
        for (const QChar ch : c) {
            QVERIFY2(ch.unicode() >= 0x20 && !QStringLiteral("<>:\"\\|?*").contains(ch), qPrintable(path));
        }
    }
}

} // namespace

class TestNameTemplate : public QObject
{
    Q_OBJECT

private slots:
    void expand_data();
    void expand();
    void longNames_data();
    void longNames();
    void invalidPatterns_data();
    void invalidPatterns();
    void collisionsGetStableSuffixes();
    void suffixKeepsNamesShort();
    void longInputsTakeLinearTime();
};

void TestNameTemplate::expand_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<QString>("upn");
    QTest::addColumn<QString>("expected");

    const QString adele = QStringLiteral("adele@contoso.com");
    QTest::newRow("default pattern: kind folder, upn and extension")
        << QString() << QStringLiteral("Adele Vance") << adele << QStringLiteral("user/adele@contoso.com.jpg");
    QTest::newRow("every token") << QStringLiteral("{kind}-{id}-{mail}-{displayName}-{size}-{etag}.{ext}")
                                 << QStringLiteral("Adele Vance") << adele
                                 << QStringLiteral("user-0b1c2d3e-adele@contoso.com-Adele Vance-240x240-BA09D118.jpg");
    QTest::newRow("guest #EXT# upn is kept whole") << QStringLiteral("{upn}.{ext}") << QStringLiteral("Anna")
                                                   << QStringLiteral("anna_x.com#EXT#@contoso.onmicrosoft.com")
                                                   << QStringLiteral("anna_x.com#EXT#@contoso.onmicrosoft.com.jpg");
    QTest::newRow("a slash in a value makes no folder")
        << QStringLiteral("{displayName}.{ext}") << QStringLiteral("a/b") << adele << QStringLiteral("a_b.jpg");
    QTest::newRow("a backslash in a value makes no folder")
        << QStringLiteral("{displayName}.{ext}") << QStringLiteral("a\\b") << adele << QStringLiteral("a_b.jpg");
    QTest::newRow("../.. in a value cannot climb")
        << QStringLiteral("{displayName}/{id}.{ext}") << QStringLiteral("../..") << adele
        << QStringLiteral("_._/0b1c2d3e.jpg");
    QTest::newRow("../ in the pattern cannot climb")
        << QStringLiteral("../../{id}.{ext}") << QString() << adele << QStringLiteral("_/_/0b1c2d3e.jpg");
    QTest::newRow("an absolute pattern stays relative")
        << QStringLiteral("/etc/{id}.{ext}") << QString() << adele << QStringLiteral("etc/0b1c2d3e.jpg");
    QTest::newRow("only dots") << QStringLiteral("{displayName}/{id}.{ext}") << QStringLiteral("...") << adele
                               << QStringLiteral("_/0b1c2d3e.jpg");
    QTest::newRow("a leading dot would hide the file")
        << QStringLiteral("{displayName}.{ext}") << QStringLiteral(".profile") << adele
        << QStringLiteral("_profile.jpg");
    QTest::newRow("CON is reserved") << QStringLiteral("{displayName}.{ext}") << QStringLiteral("CON") << adele
                                     << QStringLiteral("_CON.jpg");
    QTest::newRow("con.txt is reserved too") << QStringLiteral("{displayName}.{ext}") << QStringLiteral("con.txt")
                                             << adele << QStringLiteral("_con.txt.jpg");
    QTest::newRow("NUL as a folder") << QStringLiteral("{displayName}/{id}.{ext}") << QStringLiteral("nul") << adele
                                     << QStringLiteral("_nul/0b1c2d3e.jpg");
    QTest::newRow("COM1 and LPT9") << QStringLiteral("{displayName}/{upn}") << QStringLiteral("COM1")
                                   << QStringLiteral("LPT9") << QStringLiteral("_COM1/_LPT9");
    // Found by fuzz_name_template: a thin space (U+2009) after the device name, or any white space around it.
    QTest::newRow("AUX and a thin space") << QStringLiteral("{displayName}.{ext}") << QStringLiteral("aux\u2009")
                                          << adele << QStringLiteral("_aux\u2009.jpg");
    QTest::newRow("NUL between no-break spaces")
        << QStringLiteral("{displayName}.{ext}") << QStringLiteral("\u00a0nul\u00a0.txt") << adele
        << QStringLiteral("_\u00a0nul\u00a0.txt.jpg");
    QTest::newRow("CONSOLE is not reserved")
        << QStringLiteral("{displayName}.{ext}") << QStringLiteral("CONSOLE") << adele << QStringLiteral("CONSOLE.jpg");
    QTest::newRow("reserved characters") << QStringLiteral("{displayName}.{ext}") << QStringLiteral("a<b>c:d\"e|f?g*h")
                                         << adele << QStringLiteral("a_b_c_d_e_f_g_h.jpg");
    QTest::newRow("control characters") << QStringLiteral("{displayName}.{ext}") << QStringLiteral("a\tb\nc\x7f")
                                        << adele << QStringLiteral("a_b_c_.jpg");
    QTest::newRow("trailing dots and spaces of a folder")
        << QStringLiteral("{displayName}/{id}.{ext}") << QStringLiteral(" Team. . ") << adele
        << QStringLiteral("Team/0b1c2d3e.jpg");
    QTest::newRow("trailing dot before the extension is kept inside")
        << QStringLiteral("{displayName}") << QStringLiteral("Jr.") << adele << QStringLiteral("Jr");
    QTest::newRow("NFD input becomes NFC")
        << QStringLiteral("{displayName}.{ext}") << QStringLiteral("Jose\u0301 Mu\u0308ller") << adele
        << QStringLiteral("Jos\u00e9 M\u00fcller.jpg");
    QTest::newRow("an empty value drops its folder")
        << QStringLiteral("{mail}/{id}.{ext}") << QString() << QString() << QStringLiteral("0b1c2d3e.jpg");
    QTest::newRow("non-Latin names") << QStringLiteral("{displayName}.{ext}") << QStringLiteral("山田 太郎") << adele
                                     << QStringLiteral("山田 太郎.jpg");
}

void TestNameTemplate::expand()
{
    QFETCH(QString, pattern);
    QFETCH(QString, displayName);
    QFETCH(QString, upn);
    QFETCH(QString, expected);
    const NameTemplate t(pattern);
    QVERIFY2(t.isValid(), qPrintable(t.errorString()));
    const QString name = t.expand(fields(displayName, upn));
    QCOMPARE(name, expected);
    checkSafe(name);
}

void TestNameTemplate::longNames_data()
{
    QTest::addColumn<QString>("displayName");
    QTest::newRow("300 ASCII bytes") << QString(300, u'a');
    QTest::newRow("300 bytes of two-byte characters") << QString(150, QChar(0x00E9));
    QTest::newRow("four-byte characters are not split")
        << QString(81, u'x') + QString::fromUcs4(std::u32string(60, U'\U0001F600').c_str());
    QTest::newRow("trailing dots after the cut") << QString(254, u'a') + QStringLiteral("....bbbb");
    QTest::newRow("NFD, 300 bytes") << QStringLiteral("e\u0301").repeated(100);
}

void TestNameTemplate::longNames()
{
    QFETCH(QString, displayName);
    const NameTemplate t(QStringLiteral("{kind}/{displayName}.{ext}"));
    const QString name = t.expand(fields(displayName));
    checkSafe(name);
    QVERIFY2(name.endsWith(QLatin1String(".jpg")), qPrintable(name));
    QVERIFY(name.startsWith(QLatin1String("user/")));
    // No broken characters: the name round-trips through UTF-8.
    QCOMPARE(QString::fromUtf8(name.toUtf8()), name);
    for (const QChar c : name) {
        QVERIFY(!c.isSurrogate() || (c.isHighSurrogate() || c.isLowSurrogate()));
    }
}

void TestNameTemplate::invalidPatterns_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("unknown token") << QStringLiteral("{nope}.{ext}");
    QTest::newRow("unclosed token") << QStringLiteral("{upn.jpg");
    QTest::newRow("stray closing brace") << QStringLiteral("upn}.{ext}");
    QTest::newRow("no token at all") << QStringLiteral("photo.jpg");
}

void TestNameTemplate::invalidPatterns()
{
    QFETCH(QString, pattern);
    const NameTemplate t(pattern);
    QVERIFY(!t.isValid());
    QVERIFY(!t.errorString().isEmpty());
}

void TestNameTemplate::collisionsGetStableSuffixes()
{
    NameAllocator names;
    names.reserve(QString(), QStringLiteral("portrait-manifest.json"));
    QCOMPARE(names.claim(QStringLiteral("users/1"), QStringLiteral("user/a.jpg")), QStringLiteral("user/a.jpg"));
    // Same name in another case: a case-insensitive file system would merge them.
    const QString second = names.claim(QStringLiteral("users/2"), QStringLiteral("user/A.jpg"));
    QCOMPARE(second,
             QStringLiteral("user/A") + NameAllocator::suffixFor(QStringLiteral("users/2")) + QStringLiteral(".jpg"));
    // NFC and NFD spellings are the same name.
    const QString third = names.claim(QStringLiteral("users/3"), QStringLiteral("user/e\u0301.jpg"));
    QCOMPARE(names.claim(QStringLiteral("users/4"), QStringLiteral("user/\u00e9.jpg")),
             QStringLiteral("user/\u00e9") + NameAllocator::suffixFor(QStringLiteral("users/4"))
                 + QStringLiteral(".jpg"));
    QCOMPARE(third, QStringLiteral("user/e\u0301.jpg"));
    // The same owner asking again keeps its name; the manifest's own name is never handed out.
    QCOMPARE(names.claim(QStringLiteral("users/2"), QStringLiteral("user/A.jpg")), second);
    QVERIFY(names.claim(QStringLiteral("users/5"), QStringLiteral("portrait-manifest.json"))
            != QStringLiteral("portrait-manifest.json"));

    // A later run that reserves the manifest's names first, then meets the principals in another order,
    // gives every principal the same file as before.
    NameAllocator again;
    again.reserve(QStringLiteral("users/1"), QStringLiteral("user/a.jpg"));
    again.reserve(QStringLiteral("users/2"), second);
    QCOMPARE(again.claim(QStringLiteral("users/2"), QStringLiteral("user/A.jpg")), second);
    QCOMPARE(again.claim(QStringLiteral("users/1"), QStringLiteral("user/a.jpg")), QStringLiteral("user/a.jpg"));
    // And the suffix depends on the principal only, not on the order.
    NameAllocator reversed;
    reversed.claim(QStringLiteral("users/9"), QStringLiteral("b.jpg"));
    QCOMPARE(reversed.claim(QStringLiteral("users/2"), QStringLiteral("b.jpg")),
             QStringLiteral("b") + NameAllocator::suffixFor(QStringLiteral("users/2")) + QStringLiteral(".jpg"));
}

void TestNameTemplate::suffixKeepsNamesShort()
{
    const NameTemplate t(QStringLiteral("{displayName}.{ext}"));
    const QString wanted = t.expand(fields(QString(300, QChar(0x00E9))));
    NameAllocator names;
    QCOMPARE(names.claim(QStringLiteral("users/1"), wanted), wanted);
    const QString other = names.claim(QStringLiteral("users/2"), wanted);
    QVERIFY(other != wanted);
    checkSafe(other);
    QVERIFY(other.endsWith(NameAllocator::suffixFor(QStringLiteral("users/2")) + QStringLiteral(".jpg")));
}

void TestNameTemplate::longInputsTakeLinearTime()
{
    // QString::normalized() is quadratic in a run of combining marks and in the number of compositions: the
    // sanitizer took 50 s for a name of 100,000 marks and 7 s for 400,000 composing pairs. Each input here is
    // a million of them (hours, or minutes, before the fix); now each takes milliseconds. The bound is on this
    // thread's CPU time, which a loaded machine does not stretch.
    const Test::CpuStopwatch cpu;

    // A run of marks in the order that made the sort slowest: only the first 30 stay (UAX #15's stream-safe
    // bound), in canonical order; the acute composes with the a (the grave below does not block it).
    const QString pair = QStringLiteral("\u0301\u0316"); // acute (class 230), grave below (class 220)
    const QString zalgo = QStringLiteral("a") + pair.repeated(500'000) + QStringLiteral("b.jpg");
    const QString name = FileName::sanitize(zalgo);
    QCOMPARE(name,
             QStringLiteral("\u00e1") + QString(15, QChar(0x0316)) + QString(14, QChar(0x0301))
                 + QStringLiteral("b.jpg"));
    QCOMPARE(FileName::sanitize(name), name);
    checkSafe(name);

    // A million compositions (NFD Latin, Hangul jamo): cut to 255 bytes as any long name, extension kept.
    const QString nfd = FileName::sanitize(QStringLiteral("e\u0301").repeated(1'000'000) + QStringLiteral(".png"));
    QCOMPARE(nfd, QString(125, QChar(0x00E9)) + QStringLiteral(".png"));
    const QString hangul = FileName::sanitize(QStringLiteral("\u1100\u1161").repeated(1'000'000));
    QCOMPARE(hangul, QString(85, QChar(0xAC00)));
    const NameTemplate t(QStringLiteral("{displayName}.{ext}"));
    QCOMPARE(t.expand(fields(QStringLiteral("e\u0301").repeated(1'000'000))), nfd.chopped(4) + QStringLiteral(".jpg"));

    // Names read back from a manifest go through the allocator's key, which normalises too: a long path of
    // NFD components still meets its NFC spelling, and a huge component is no trouble.
    const QString folders = (QStringLiteral("e\u0301").repeated(100) + u'/').repeated(10'000);
    NameAllocator names;
    names.reserve(QStringLiteral("users/1"), folders + QStringLiteral("x.jpg"));
    const QString foldersNfc = (QString(100, QChar(0x00E9)) + u'/').repeated(10'000);
    QCOMPARE(names.ownerOf(foldersNfc + QStringLiteral("X.JPG")), QStringLiteral("users/1"));
    names.reserve(QStringLiteral("users/2"), zalgo);
    QCOMPARE(names.ownerOf(zalgo), QStringLiteral("users/2"));
    const QString other = names.claim(QStringLiteral("users/3"), zalgo);
    QVERIFY(other != zalgo);
    QVERIFY(other.toUtf8().size() <= 255);

    // Decomposition can lengthen a run (U+0344 is two marks): the result still has at most 30, and is stable.
    const QString dialytika = FileName::sanitize(QStringLiteral("q") + QString(30, QChar(0x0344)));
    QCOMPARE(dialytika, QStringLiteral("q") + QStringLiteral("\u0308\u0301").repeated(15));
    QCOMPARE(FileName::sanitize(dialytika), dialytika);

    // Work, not a stopwatch, is what this test is about; the bound only reports a regression early.
    QVERIFY2(cpu.elapsedMs() < 10'000, qPrintable(QStringLiteral("%1 ms of CPU").arg(cpu.elapsedMs())));
}

QTEST_GUILESS_MAIN(TestNameTemplate)
#include "TestNameTemplate.moc"
