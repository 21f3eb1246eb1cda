// The catalogues are complete and in step with the sources, the compiled .qm matches the .ts, and portrait-cli
// speaks the user's language (LANG, LC_ALL, LANGUAGE) without touching its machine-readable output.
#include "bulk/UploadImage.h"
#include "i18n/Translations.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Portrait;

namespace {

struct Message
{
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type; ///< the translation's type attribute: empty when finished
    QStringList translations; ///< one, or the numerus forms
};

QList<Message> readTs(const QString& path, QString* language, QString* error)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                messages.append(m);
            }
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            *language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = Message{};
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            m.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus) {
                m.translations = {xml.readElementText()};
            }
        } else if (name == QLatin1String("numerusform")) {
            m.translations.append(xml.readElementText());
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    return messages;
}

QStringList placeholders(const QString& text)
{
    QStringList found;
    static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
    for (auto it = re.globalMatch(text); it.hasNext();) {
        const QString p = it.next().captured();
        if (!found.contains(p)) {
            found.append(p);
        }
    }
    found.sort();
    return found;
}

bool hasMnemonic(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("&[^&\\s]"));
    return re.match(text).hasMatch();
}

QString where(const Message& m)
{
    return QStringLiteral("%1 \"%2\"").arg(m.context, m.source);
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString& program, const QStringList& args, const QMap<QString, QString>& env)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"}) {
        environment.remove(QLatin1String(name));
    }
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        environment.insert(it.key(), it.value());
    }
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(program, args);
    if (!finished.wait(60000)) {
        process.kill();
        finished.wait(5000);
    }
    Run r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

Run cli(const QStringList& args, const QMap<QString, QString>& env)
{
    return run(QStringLiteral(PORTRAIT_CLI_PATH), args, env);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void catalogueIsComplete_data();
    void catalogueIsComplete();
    void compiledCatalogueMatchesTheTs_data();
    void compiledCatalogueMatchesTheTs();
    void pluralFormsFollowTheLanguage();
    void cataloguesAreInStepWithTheSources_data();
    void cataloguesAreInStepWithTheSources();
    void cliHelpFollowsTheLocale();
    void cliMachineOutputStaysTheSame();
    void guiCommandLineErrorsFollowTheLocale();
    void cliRecordsStayEnglish();
    void uploadErrorsFollowTheLanguage();

private:
    static QString tsPath(const QString& language)
    {
        return QStringLiteral(PORTRAIT_TS_DIR "/portrait_%1.ts").arg(language);
    }
};

void TestTranslations::catalogueIsComplete_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void TestTranslations::catalogueIsComplete()
{
    QFETCH(QString, language);
    QString tsLanguage;
    QString error;
    const QList<Message> messages = readTs(tsPath(language), &tsLanguage, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(tsLanguage, language); // plural rules come from this attribute
    QVERIFY(messages.size() > 500);
    QStringList problems;
    int plurals = 0;
    for (const Message& m : messages) {
        if (!m.type.isEmpty()) {
            problems << QStringLiteral("%1 is %2").arg(where(m), m.type);
            continue;
        }
        if (m.numerus) {
            ++plurals;
            // German and French have two forms: one, and other (French counts 0 as one).
            if (m.translations.size() != 2) {
                problems << QStringLiteral("%1 has %2 plural forms, not 2").arg(where(m)).arg(m.translations.size());
            }
        }
        for (const QString& t : m.translations) {
            if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty()) {
                problems << QStringLiteral("%1 has an empty translation").arg(where(m));
            } else if (placeholders(t) != placeholders(m.source)) {
                problems << QStringLiteral("%1: \"%2\" does not use the placeholders %3")
                                .arg(where(m), t, placeholders(m.source).join(u' '));
            } else if (hasMnemonic(m.source) && !hasMnemonic(t)) {
                problems << QStringLiteral("%1: \"%2\" lost its keyboard mnemonic (&)").arg(where(m), t);
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    QVERIFY2(plurals >= 10, "counts must use %n plural forms");
}

void TestTranslations::compiledCatalogueMatchesTheTs_data()
{
    catalogueIsComplete_data();
}

void TestTranslations::compiledCatalogueMatchesTheTs()
{
    QFETCH(QString, language);
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral("portrait_") + language, QString(Translations::ResourcePath)));
    QCOMPARE(translator.language(), language);
    QString tsLanguage;
    QString error;
    const QList<Message> messages = readTs(tsPath(language), &tsLanguage, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList stale;
    for (const Message& m : messages) {
        const QByteArray context = m.context.toUtf8();
        const QByteArray source = m.source.toUtf8();
        const QByteArray comment = m.comment.toUtf8();
        const QString got
            = translator.translate(context.constData(), source.constData(),
                                   m.comment.isEmpty() ? nullptr : comment.constData(), m.numerus ? 2 : -1);
        const QString expected = m.numerus ? m.translations.value(1) : m.translations.value(0);
        if (got != expected) {
            stale << QStringLiteral("%1: .qm has \"%2\", .ts \"%3\"").arg(where(m), got, expected);
        }
    }
    QVERIFY2(stale.isEmpty(), qPrintable(stale.join(u'\n')));
}

void TestTranslations::pluralFormsFollowTheLanguage()
{
    QTranslator de;
    QVERIFY(de.load(QStringLiteral("portrait_de"), QString(Translations::ResourcePath)));
    QCOMPARE(de.translate("Portrait::ListCommand", "%n entries.", nullptr, 1), QStringLiteral("%n Eintrag."));
    QCOMPARE(de.translate("Portrait::ListCommand", "%n entries.", nullptr, 0), QStringLiteral("%n Einträge."));
    QCOMPARE(de.translate("Portrait::ListCommand", "%n entries.", nullptr, 5), QStringLiteral("%n Einträge."));
    QTranslator fr;
    QVERIFY(fr.load(QStringLiteral("portrait_fr"), QString(Translations::ResourcePath)));
    QCOMPARE(fr.translate("Portrait::ListCommand", "%n entries.", nullptr, 0), QStringLiteral("%n entrée."));
    QCOMPARE(fr.translate("Portrait::ListCommand", "%n entries.", nullptr, 1), QStringLiteral("%n entrée."));
    QCOMPARE(fr.translate("Portrait::ListCommand", "%n entries.", nullptr, 2), QStringLiteral("%n entrées."));
    // The export's counts are texts of their own, each declined by its number ("1 écrit", "2 écrits").
    QCOMPARE(fr.translate("Portrait::ExportCommand", "%n written", nullptr, 1), QStringLiteral("%n écrit"));
    QCOMPARE(fr.translate("Portrait::ExportCommand", "%n written", nullptr, 2), QStringLiteral("%n écrits"));
    QCOMPARE(fr.translate("Portrait::ExportDialog", "%Ln removed", nullptr, 0), QStringLiteral("%Ln supprimé"));
    QCOMPARE(fr.translate("Portrait::ExportDialog", "%Ln removed", nullptr, 3), QStringLiteral("%Ln supprimés"));
}

void TestTranslations::cataloguesAreInStepWithTheSources_data()
{
    catalogueIsComplete_data();
}

void TestTranslations::cataloguesAreInStepWithTheSources()
{
    // lupdate on a copy: a text added to the sources shows up as unfinished, one removed as vanished.
    QFETCH(QString, language);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("portrait_%1.ts").arg(language));
    QVERIFY(QFile::copy(tsPath(language), copy));
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy finished(&lupdate, &QProcess::finished);
    lupdate.start(QStringLiteral(PORTRAIT_LUPDATE_PATH),
                  {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-ui-lines"),
                   QStringLiteral("@" PORTRAIT_TR_SOURCES_LIST), QStringLiteral("-ts"), copy});
    QVERIFY(finished.wait(120000));
    const QByteArray log = lupdate.readAll();
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, log.constData());
    QString tsLanguage;
    QString error;
    const QList<Message> messages = readTs(copy, &tsLanguage, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList outOfStep;
    for (const Message& m : messages) {
        if (!m.type.isEmpty()) {
            outOfStep << QStringLiteral("%1 is %2").arg(where(m), m.type);
        }
    }
    QVERIFY2(outOfStep.isEmpty(),
             qPrintable(QStringLiteral("translations/portrait_%1.ts is behind the sources: run "
                                       "`cmake --build build/default --target update_translations` and translate:\n%2")
                            .arg(language, outOfStep.join(u'\n'))));
}

void TestTranslations::cliHelpFollowsTheLocale()
{
    const Run german = cli({QStringLiteral("--help")}, {{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}});
    QCOMPARE(german.exitCode, 0);
    QVERIFY2(german.out.contains(QLatin1String("Befehle:")), qPrintable(german.out));
    QVERIFY(german.out.contains(QLatin1String("Diese Hilfe anzeigen.")));
    QVERIFY(german.out.contains(QLatin1String("Aufruf:"))); // Qt's own QCommandLineParser texts
    QVERIFY(german.out.contains(QLatin1String("Optionen:")));
    QVERIFY(!german.out.contains(QLatin1String("Show this help.")));

    // LANGUAGE picks the messages' language, as with gettext; LC_ALL overrides LANG.
    const Run french = cli(
        {QStringLiteral("--help")},
        {{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}, {QStringLiteral("LANGUAGE"), QStringLiteral("fr")}});
    QVERIFY2(french.out.contains(QLatin1String("Commandes :")), qPrintable(french.out));
    const Run lcAll = cli({QStringLiteral("--help")},
                          {{QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8")},
                           {QStringLiteral("LC_ALL"), QStringLiteral("fr_FR.UTF-8")}});
    QVERIFY2(lcAll.out.contains(QLatin1String("Afficher cette aide.")), qPrintable(lcAll.out));
    // The C locale means English, even with LANGUAGE set.
    const Run c = cli(
        {QStringLiteral("--help")},
        {{QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8")}, {QStringLiteral("LANGUAGE"), QStringLiteral("de")}});
    QVERIFY2(c.out.contains(QLatin1String("Commands:")), qPrintable(c.out));
    QVERIFY(c.out.contains(QLatin1String("Show this help.")));
    // LANG=C.UTF-8 is many a container's default, not a request for English: LANGUAGE still picks (README).
    const Run containerLanguage = cli(
        {QStringLiteral("--help")},
        {{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}, {QStringLiteral("LANGUAGE"), QStringLiteral("de")}});
    QVERIFY2(containerLanguage.out.contains(QLatin1String("Befehle:")), qPrintable(containerLanguage.out));
    // Its first language that Portrait speaks.
    const Run firstKnown = cli({QStringLiteral("--help")},
                               {{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")},
                                {QStringLiteral("LANGUAGE"), QStringLiteral("xx:fr:de")}});
    QVERIFY2(firstKnown.out.contains(QLatin1String("Commandes :")), qPrintable(firstKnown.out));

    const Run usage = cli({QStringLiteral("frobnicate")}, {{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}});
    QCOMPARE(usage.exitCode, 2); // exit codes are part of the contract
    QVERIFY2(usage.err.contains(QLatin1String("unbekannter Befehl 'frobnicate'")), qPrintable(usage.err));
}

void TestTranslations::cliMachineOutputStaysTheSame()
{
    // Records on stdout (JSON Lines) are for scripts: byte-identical in every language. Only stderr is translated.
    const QStringList args{QStringLiteral("--demo"), QStringLiteral("--json"), QStringLiteral("list"),
                           QStringLiteral("groups"), QStringLiteral("--top"),  QStringLiteral("3")};
    const Run english = cli(args, {{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}});
    const Run german = cli(args, {{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}});
    QCOMPARE(english.exitCode, 0);
    QCOMPARE(german.exitCode, 0);
    QVERIFY(!english.out.isEmpty());
    QCOMPARE(german.out, english.out);
    const Run tsv = cli(args.mid(0, 1) + args.mid(2), {{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}});
    const Run tsvEnglish = cli(args.mid(0, 1) + args.mid(2), {{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}});
    QCOMPARE(tsv.out, tsvEnglish.out);
    QVERIFY2(german.err.contains(QLatin1String("Demo-Mandant")) || german.err.contains(QLatin1String("Einträge")),
             qPrintable(german.err));
}

void TestTranslations::cliRecordsStayEnglish()
{
    // An audit and an export of the demo tenant's users, with German messages on: the records' fields (status,
    // kind, action, reason, codes, messages) are the English ones, only stderr speaks German.
    QTemporaryDir out;
    QVERIFY(out.isValid());
    const QList<QStringList> runs{
        {QStringLiteral("--demo"), QStringLiteral("--json"), QStringLiteral("audit"), QStringLiteral("users"),
         QStringLiteral("--deep")},
        {QStringLiteral("--demo"), QStringLiteral("--json"), QStringLiteral("export"), QStringLiteral("users"),
         QStringLiteral("--out"), out.path(), QStringLiteral("--dry-run")},
    };
    const QSet<QString> statuses{QStringLiteral("photo"), QStringLiteral("none"), QStringLiteral("placeholder"),
                                 QStringLiteral("unavailable"), QStringLiteral("error")};
    const QSet<QString> actions{QStringLiteral("written"), QStringLiteral("unchanged"), QStringLiteral("skipped"),
                                QStringLiteral("failed"), QStringLiteral("removed")};
    const auto records = [](const QString& out) {
        QMap<QString, QJsonObject> byPath; // in path order; requestId is new on every answer
        for (const QString& line : out.split(u'\n', Qt::SkipEmptyParts)) {
            QJsonObject record = QJsonDocument::fromJson(line.toUtf8()).object();
            record.remove(QLatin1String("requestId"));
            byPath.insert(record.value(QLatin1String("path")).toString(), record);
        }
        return byPath;
    };
    for (const QStringList& args : runs) {
        const Run german = cli(args, {{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")}});
        const Run english = cli(args, {{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}});
        QCOMPARE(german.exitCode, 0);
        QCOMPARE(english.exitCode, 0);
        QVERIFY2(german.err.contains(QLatin1String("Demo-Mandant")), qPrintable(german.err)); // people: German
        const QMap<QString, QJsonObject> de = records(german.out);
        QCOMPARE(de.size(), 250);
        QCOMPARE(de, records(english.out));
        int unavailable = 0;
        for (const QJsonObject& r : de) {
            QCOMPARE(r.value(QLatin1String("kind")).toString(), QStringLiteral("user"));
            const QString status = r.value(QLatin1String("status")).toString();
            QVERIFY2(statuses.contains(status) || r.contains(QLatin1String("action")), qPrintable(status));
            if (r.contains(QLatin1String("action"))) {
                QVERIFY(actions.contains(r.value(QLatin1String("action")).toString()));
            }
            if (r.value(QLatin1String("errorCode")).toString() == QLatin1String("ErrorNonExistentMailbox")) {
                ++unavailable;
                QCOMPARE(r.value(QLatin1String("errorMessage")).toString(),
                         QStringLiteral("The SMTP address has no mailbox associated with it."));
            }
        }
        QVERIFY(unavailable > 0);
    }
}

void TestTranslations::guiCommandLineErrorsFollowTheLocale()
{
    // portrait (the GUI) reports a bad command line before any window opens, in the user's language too.
    const QString portrait = QStringLiteral(PORTRAIT_GUI_PATH);
    const QMap<QString, QString> german{{QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8")},
                                        {QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")}};
    const Run option = run(portrait, {QStringLiteral("--frobnicate")}, german);
    QCOMPARE(option.exitCode, 2);
    QVERIFY2(option.err.startsWith(QLatin1String("portrait: ")), qPrintable(option.err));
    QVERIFY2(!option.err.contains(QLatin1String("Unknown option")), qPrintable(option.err)); // Qt's own catalogue
    QVERIFY2(option.err.contains(QLatin1String("frobnicate")), qPrintable(option.err));
    const Run argument = run(portrait, {QStringLiteral("extra")}, german);
    QCOMPARE(argument.exitCode, 2);
    QVERIFY2(argument.err.contains(QLatin1String("unerwartetes Argument 'extra'")), qPrintable(argument.err));
    const Run url = run(portrait, {QStringLiteral("--graph-url"), QStringLiteral("ftp://example.com/v1.0")}, german);
    QCOMPARE(url.exitCode, 2);
    QVERIFY2(url.err.contains(QStringLiteral("ungültige --graph-url: ")), qPrintable(url.err));
    QVERIFY2(url.err.contains(QLatin1String("https://")), qPrintable(url.err));
    QVERIFY2(!url.err.contains(QLatin1String("unsupported scheme")), qPrintable(url.err)); // the engine's, in German
    // And English under the C locale.
    const Run english = run(portrait, {QStringLiteral("extra")}, {{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")}});
    QCOMPARE(english.exitCode, 2);
    QCOMPARE(english.err, QStringLiteral("portrait: unexpected argument 'extra'\n"));
}

void TestTranslations::uploadErrorsFollowTheLanguage()
{
    // What an admin reads about a file that cannot be uploaded (the import window, `set`) is in their language; the
    // codes in records stay English.
    QTranslator de;
    QVERIFY(de.load(QStringLiteral("portrait_de"), QString(Translations::ResourcePath)));
    QCoreApplication::installTranslator(&de);
    const UploadImage text = UploadImage::prepare("this is text, not a picture", UploadOptions{});
    QImage tiny(40, 40, QImage::Format_RGB32);
    tiny.fill(Qt::gray);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    tiny.save(&buffer, "PNG");
    const UploadImage small = UploadImage::prepare(png, UploadOptions{});
    QCoreApplication::removeTranslator(&de);
    QVERIFY(!text.ok);
    QCOMPARE(text.errorCode, QStringLiteral("not-an-image"));
    QCOMPARE(text.error, de.translate("Portrait::UploadImage", "not an image Portrait can read"));
    QVERIFY(text.error != QLatin1String("not an image Portrait can read"));
    QCOMPARE(small.errorCode, QStringLiteral("too-small"));
    QVERIFY2(small.error.contains(QStringLiteral("40")) && !small.error.contains(QStringLiteral("under the")),
             qPrintable(small.error));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "TestTranslations.moc"
