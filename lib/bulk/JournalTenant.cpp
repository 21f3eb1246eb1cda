#include "JournalTenant.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUuid>

namespace Portrait {

namespace {

/// The same root written two ways (`…/v1.0/`, upper-case host) is one root.
QString normalizedRoot(const QString& root)
{
    QString url = QUrl(root).adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toString();
    return url.toLower();
}

} // namespace

bool JournalTenant::matches(const JournalTenant& current) const
{
    if (!isKnown() || !current.isKnown()) {
        return true;
    }
    if (!id.isEmpty() && !current.id.isEmpty()) {
        return id.compare(current.id, Qt::CaseInsensitive) == 0;
    }
    return demo == current.demo && normalizedRoot(graphRoot) == normalizedRoot(current.graphRoot)
        && account == current.account;
}

QString JournalTenant::displayText() const
{
    if (demo) {
        return QCoreApplication::translate("Portrait::JournalTenant", "the demo tenant");
    }
    if (!id.isEmpty()) {
        return account.isEmpty()
            ? QCoreApplication::translate("Portrait::JournalTenant", "tenant %1").arg(id)
            : QCoreApplication::translate("Portrait::JournalTenant", "tenant %1 (account %2)").arg(id, account);
    }
    if (!account.isEmpty()) {
        return QCoreApplication::translate("Portrait::JournalTenant", "account %1 at %2").arg(account, graphRoot);
    }
    return graphRoot.isEmpty()
        ? QCoreApplication::translate("Portrait::JournalTenant", "an unknown tenant")
        : QCoreApplication::translate("Portrait::JournalTenant", "a token for %1").arg(graphRoot);
}

QJsonObject JournalTenant::toJson() const
{
    QJsonObject o;
    if (!id.isEmpty()) {
        o.insert(QStringLiteral("id"), id);
    }
    if (!graphRoot.isEmpty()) {
        o.insert(QStringLiteral("graphRoot"), graphRoot);
    }
    if (!account.isEmpty()) {
        o.insert(QStringLiteral("account"), account);
    }
    if (demo) {
        o.insert(QStringLiteral("demo"), true);
    }
    return o;
}

JournalTenant JournalTenant::fromJson(const QJsonObject& o)
{
    JournalTenant t;
    t.id = idFrom(o.value(QStringLiteral("id")).toString());
    t.graphRoot = o.value(QStringLiteral("graphRoot")).toString();
    t.account = o.value(QStringLiteral("account")).toString();
    t.demo = o.value(QStringLiteral("demo")).toBool();
    return t;
}

QString JournalTenant::idFrom(const QString& text)
{
    const QUuid uuid = QUuid::fromString(text.trimmed());
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces).toLower();
}

} // namespace Portrait
