#include "ListCommand.h"

#include "bulk/PhotoRecord.h"
#include "graph/ListJob.h"

namespace Portrait {

ListCommand::ListCommand(CliContext& context, QObject* parent)
    : CliCommand(context, parent)
{ }

QString ListCommand::synopsis() const
{
    return QStringLiteral("list COLLECTION [--search TEXT] [--filter ODATA] [--top N]");
}

QList<QCommandLineOption> ListCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("search"), tr("list: match display names."), tr("TEXT")),
        QCommandLineOption(QStringLiteral("filter"), tr("list: an OData $filter."), tr("ODATA")),
        QCommandLineOption(QStringLiteral("top"), tr("list: at most N entries."), tr("N")),
    };
}

int ListCommand::validate(const QStringList& arguments)
{
    if (arguments.size() != 1) {
        context().usageError(tr("'list' takes one collection, e.g. users"));
        return ExitUsage;
    }
    QString error;
    m_collection = ItemPath::parse(arguments.first(), &error);
    if (!m_collection.isValid()) {
        context().usageError(error);
        return ExitUsage;
    }
    if (!m_collection.isCollection()) {
        context().usageError(tr("'%1' is not a collection (e.g. users, groups, groups/{id}/members, me/contacts)")
                                 .arg(arguments.first()));
        return ExitUsage;
    }
    if (context().isSet(QStringLiteral("top"))) {
        bool ok = false;
        const qint64 n = context().value(QStringLiteral("top")).toLongLong(&ok);
        if (!ok || n <= 0) {
            context().usageError(tr("--top takes a positive number"));
            return ExitUsage;
        }
    }
    return -1;
}

void ListCommand::run()
{
    ListQuery query;
    query.search = context().value(QStringLiteral("search"));
    query.filter = context().value(QStringLiteral("filter"));
    if (context().isSet(QStringLiteral("top"))) {
        query.maxItems = context().value(QStringLiteral("top")).toLongLong();
    }
    auto* job = new ListJob(context().session()->client(), m_collection, query, this);
    connect(job, &ListJob::pageReceived, this, [this](const QList<DirectoryObject>& objects) {
        for (const DirectoryObject& o : objects) {
            if (context().json()) {
                context().printRecord(objectRecord(o));
            } else {
                const QString address = !o.userPrincipalName.isEmpty() ? o.userPrincipalName : o.mail;
                context().printFields({o.displayName, address, o.path.toString()});
            }
        }
    });
    connect(job, &GraphJob::finished, this, [this, job]() {
        job->deleteLater();
        if (job->hasError()) {
            context().failWith(job->error());
            return;
        }
        context().info(tr("%n entries.", nullptr, int(job->objects().size())));
        context().finish(ExitOk);
    });
    job->start();
}

} // namespace Portrait
