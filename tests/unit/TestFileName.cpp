// The one rule for file names (FileName): the extension of a media type and a safe name, data-driven.
#include "graph/FileName.h"

#include <QTest>

using namespace Portrait;

class TestFileName : public QObject
{
    Q_OBJECT

private slots:
    void extensionFor_data();
    void extensionFor();
    void sanitize_data();
    void sanitize();
    void forPhoto_data();
    void forPhoto();
    void longStemsKeepTheExtension();
};

void TestFileName::extensionFor_data()
{
    QTest::addColumn<QString>("mediaType");
    QTest::addColumn<QString>("extension");

    QTest::newRow("jpeg") << QStringLiteral("image/jpeg") << QStringLiteral("jpg");
    QTest::newRow("jpg alias") << QStringLiteral("image/jpg") << QStringLiteral("jpg");
    QTest::newRow("progressive jpeg") << QStringLiteral("image/pjpeg") << QStringLiteral("jpg");
    QTest::newRow("upper case") << QStringLiteral("IMAGE/JPEG") << QStringLiteral("jpg");
    QTest::newRow("png") << QStringLiteral("image/png") << QStringLiteral("png");
    QTest::newRow("gif") << QStringLiteral("image/gif") << QStringLiteral("gif");
    QTest::newRow("bmp") << QStringLiteral("image/bmp") << QStringLiteral("bmp");
    QTest::newRow("webp") << QStringLiteral("image/webp") << QStringLiteral("webp");
    QTest::newRow("tiff") << QStringLiteral("image/tiff") << QStringLiteral("tif");
    QTest::newRow("an image type we cannot name") << QStringLiteral("image/heic") << QStringLiteral("img");
    QTest::newRow("not an image") << QStringLiteral("application/octet-stream") << QStringLiteral("img");
    QTest::newRow("empty") << QString() << QStringLiteral("img");
    QTest::newRow("hostile") << QStringLiteral("image/../../etc") << QStringLiteral("img");
}

void TestFileName::extensionFor()
{
    QFETCH(QString, mediaType);
    QFETCH(QString, extension);
    QCOMPARE(FileName::extensionFor(mediaType), extension);
}

void TestFileName::sanitize_data()
{
    QTest::addColumn<QString>("component");
    QTest::addColumn<QString>("expected");

    QTest::newRow("a plain name stays") << QStringLiteral("adele@contoso.com.jpg")
                                        << QStringLiteral("adele@contoso.com.jpg");
    QTest::newRow("letters of every script stay") << QStringLiteral("Zoë 山田.png") << QStringLiteral("Zoë 山田.png");
    QTest::newRow("slashes make no folder") << QStringLiteral("../../etc/passwd") << QStringLiteral("_._.._etc_passwd");
    QTest::newRow("backslashes and colons") << QStringLiteral("C:\\Windows\\x") << QStringLiteral("C__Windows_x");
    QTest::newRow("control characters") << QStringLiteral("a\u0001b\tc\nd\u007Fe\u0085f")
                                        << QStringLiteral("a_b_c_d_e_f");
    QTest::newRow("reserved characters") << QStringLiteral("a<b>c\"d|e?f*g") << QStringLiteral("a_b_c_d_e_f_g");
    QTest::newRow("CON") << QStringLiteral("CON") << QStringLiteral("_CON");
    QTest::newRow("con with an extension") << QStringLiteral("con.jpg") << QStringLiteral("_con.jpg");
    QTest::newRow("NUL with a space") << QStringLiteral("NUL .txt") << QStringLiteral("_NUL .txt");
    QTest::newRow("COM1") << QStringLiteral("COM1.png") << QStringLiteral("_COM1.png");
    QTest::newRow("LPT superscript") << QStringLiteral("LPT\u00B9") << QStringLiteral("_LPT\u00B9");
    QTest::newRow("CONSOLE is no device") << QStringLiteral("CONSOLE.jpg") << QStringLiteral("CONSOLE.jpg");
    QTest::newRow("hidden file") << QStringLiteral(".bashrc") << QStringLiteral("_bashrc");
    QTest::newRow("dot dot") << QStringLiteral("..") << QStringLiteral("_");
    QTest::newRow("trailing dots and spaces") << QStringLiteral("  name. . ") << QStringLiteral("name");
    QTest::newRow("empty") << QString() << QStringLiteral("_");
    QTest::newRow("decomposed is composed") << QStringLiteral("e\u0301") << QStringLiteral("\u00E9");
}

void TestFileName::sanitize()
{
    QFETCH(QString, component);
    QFETCH(QString, expected);
    const QString safe = FileName::sanitize(component);
    QCOMPARE(safe, expected);
    QCOMPARE(FileName::sanitize(safe), safe); // a safe name stays as it is
}

void TestFileName::forPhoto_data()
{
    QTest::addColumn<QString>("stem");
    QTest::addColumn<QString>("mediaType");
    QTest::addColumn<QString>("expected");

    QTest::newRow("upn") << QStringLiteral("adele@contoso.com") << QStringLiteral("image/jpeg")
                         << QStringLiteral("adele@contoso.com.jpg");
    QTest::newRow("a device name gets its extension first")
        << QStringLiteral("CON") << QStringLiteral("image/png") << QStringLiteral("_CON.png");
    QTest::newRow("a display name with slashes")
        << QStringLiteral("R&D / Sales \\ EMEA") << QStringLiteral("image/jpeg")
        << QStringLiteral("R&D _ Sales _ EMEA.jpg");
    QTest::newRow("control characters") << QStringLiteral("Bad\u0007Name\r\n") << QStringLiteral("image/gif")
                                        << QStringLiteral("Bad_Name__.gif");
    QTest::newRow("unknown type") << QStringLiteral("x") << QString() << QStringLiteral("x.img");
}

void TestFileName::forPhoto()
{
    QFETCH(QString, stem);
    QFETCH(QString, mediaType);
    QFETCH(QString, expected);
    QCOMPARE(FileName::forPhoto(stem, mediaType), expected);
}

void TestFileName::longStemsKeepTheExtension()
{
    const QString name = FileName::forPhoto(QStringLiteral("山").repeated(300), QStringLiteral("image/jpeg"));
    QVERIFY(name.toUtf8().size() <= 255);
    QVERIFY(name.endsWith(QLatin1String(".jpg")));
    QVERIFY(name.startsWith(QStringLiteral("山山")));
}

QTEST_APPLESS_MAIN(TestFileName)
#include "TestFileName.moc"
