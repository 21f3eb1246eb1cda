#include "CliRunner.h"

#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>

#include <csignal>

namespace Portrait::Test {

QList<QJsonObject> CliResult::records() const
{
    QList<QJsonObject> list;
    for (const QByteArray& line : out.split('\n')) {
        if (!line.trimmed().isEmpty()) {
            list.append(QJsonDocument::fromJson(line).object());
        }
    }
    return list;
}

CliResult runCli(const QString& program, const QStringList& args, const CliRunOptions& options)
{
    QProcess process;
    if (!options.extraEnv.isEmpty()) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(options.extraEnv);
        process.setProcessEnvironment(env);
    }
    CliResult r;
    QSignalSpy finished(&process, &QProcess::finished);
    if (options.killAfterLines > 0 || options.interruptAfterLines > 0) {
        QObject::connect(&process, &QProcess::readyReadStandardOutput, &process, [&process, &r, &options]() {
            r.out += process.readAllStandardOutput();
            const qsizetype lines = r.out.count('\n');
            if (options.killAfterLines > 0 && !r.killed && lines >= options.killAfterLines) {
                r.killed = true;
                process.kill(); // SIGKILL: no chance to clean up
            }
            if (options.interruptAfterLines > 0 && !r.interrupted && lines >= options.interruptAfterLines) {
                r.interrupted = true;
                ::kill(pid_t(process.processId()), SIGINT); // as Ctrl+C in a terminal
            }
        });
    }
    process.start(program, args);
    if (!finished.wait(options.timeoutMs)) {
        process.kill();
        finished.wait(5000);
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out += process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

} // namespace Portrait::Test
