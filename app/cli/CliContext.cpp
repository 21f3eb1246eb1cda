#include "CliContext.h"

#include "CliLogging.h"
#include "graph/DisplayText.h"
#include "graph/ObjectJob.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Portrait {

CliContext::CliContext(QObject* parent)
    : QObject(parent)
{ }

CliContext::~CliContext() = default;

void CliContext::setOutputMode(bool json, bool quiet)
{
    m_json = json;
    m_quiet = quiet;
}

void CliContext::setSession(std::unique_ptr<Session> session)
{
    m_session = std::move(session);
}

void CliContext::printRecord(const QJsonObject& record, std::FILE* stream)
{
    if (!m_json) {
        return;
    }
    const QByteArray line = QJsonDocument(record).toJson(QJsonDocument::Compact);
    std::fwrite(line.constData(), 1, size_t(line.size()), stream);
    std::fputc('\n', stream);
}

void CliContext::printFields(const QStringList& fields, std::FILE* stream)
{
    QStringList safe;
    safe.reserve(fields.size());
    for (const QString& field : fields) {
        safe.append(terminalSafe(field));
    }
    std::fprintf(stream, "%s\n", qUtf8Printable(safe.join(u'\t')));
}

QString CliContext::terminalSafe(const QString& text, bool keepLines)
{
    const auto unsafe = [keepLines](char32_t c) {
        if (c == u'\n' || c == u'\t') {
            return !keepLines;
        }
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) // C0 (ESC starts CSI and OSC sequences), DEL, C1
            || c == 0x061C || c == 0x200E || c == 0x200F // bidirectional marks
            || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) // bidirectional overrides, isolates
            || c == 0x2028 || c == 0x2029; // line and paragraph separators
    };
    QString safe;
    safe.reserve(text.size());
    for (const char32_t c : QStringView(text).toUcs4()) {
        if (!unsafe(c)) {
            safe.append(QString::fromUcs4(&c, 1));
        } else if (c < 0x100) {
            safe.append(QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0')));
        } else {
            safe.append(QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0')));
        }
    }
    return safe;
}

void CliContext::info(const QString& text)
{
    if (!m_quiet) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(terminalSafe(text, true)));
    }
}

void CliContext::warn(const QString& text)
{
    std::fprintf(stderr, "portrait-cli: %s\n", qUtf8Printable(terminalSafe(text, true)));
}

void CliContext::usageError(const QString& message)
{
    std::fprintf(stderr, "portrait-cli: %s\n%s\n", qUtf8Printable(terminalSafe(message, true)),
                 qUtf8Printable(tr("Try 'portrait-cli --help'.")));
}

int CliContext::exitCodeFor(const GraphError& error)
{
    if (error.isAuthFailure()) {
        return ExitAuth;
    }
    switch (error.kind) {
    case GraphError::Kind::Usage:
        return ExitUsage;
    case GraphError::Kind::Network:
    case GraphError::Kind::Timeout:
    case GraphError::Kind::Cancelled:
        return ExitUnreachable;
    default:
        return ExitSomeErrors;
    }
}

void CliContext::failWith(const GraphError& error)
{
    warn(errorDisplayText(error));
    finish(exitCodeFor(error));
}

void CliContext::finish(int code)
{
    qCDebug(lcCli) << "exit code" << code;
    std::fflush(stdout);
    std::fflush(stderr);
    QCoreApplication::exit(code);
}

void CliContext::resolvePrincipal(const ItemPath& item, std::function<void(const DirectoryObject&)> next)
{
    auto* job = new ObjectJob(m_session->client(), item, this);
    connect(job, &GraphJob::finished, this, [this, job, next = std::move(next)]() {
        job->deleteLater();
        if (job->hasError()) {
            failWith(job->error());
            return;
        }
        next(job->object());
    });
    job->start();
}

bool CliContext::parsePrincipalArgument(const QStringList& arguments, const QString& usage, ItemPath* item)
{
    if (arguments.size() != 1) {
        usageError(usage);
        return false;
    }
    QString error;
    *item = ItemPath::parse(arguments.first(), &error);
    if (!item->isValid()) {
        usageError(error);
        return false;
    }
    if (!item->isPrincipal()) {
        usageError(tr("'%1' is not a user, group or contact").arg(arguments.first()));
        return false;
    }
    return true;
}

bool CliContext::parseSize(const QString& text, QString* sizeId)
{
    static const QRegularExpression re(QStringLiteral("^([1-9][0-9]{0,4})[xX]([1-9][0-9]{0,4})$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch()) {
        return false;
    }
    *sizeId = m.captured(1) + u'x' + m.captured(2);
    return true;
}

} // namespace Portrait
