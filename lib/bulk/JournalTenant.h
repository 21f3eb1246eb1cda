#pragma once

#include <QJsonObject>
#include <QString>

namespace Portrait {

/**
 * @brief The tenant a journal's photos were read from and written to, so that it is undone there and nowhere else.
 *
 * A journal's backups, etags and ids mean something only in their own tenant: run against another one, an undo
 * could at best skip every principal, and a resumed import would mix two tenants in one journal. So a journal
 * records where it was made, and the programs refuse to undo or continue it elsewhere.
 *
 * What is known depends on the connection: the directory (tenant) id of an account set up with one and of the demo
 * tenant; otherwise only the Graph root and the saved account used (none for a bare token). Journals written before
 * tenants were recorded have nothing: they are taken for the current tenant, as before.
 */
struct JournalTenant
{
    QString id; ///< the directory (tenant) id, lower case, when known
    QString graphRoot; ///< the Graph root the writes went to, e.g. `https://graph.microsoft.com/v1.0`
    QString account; ///< the saved account signed in, or empty (a bare token, the demo tenant)
    bool demo = false; ///< the built-in demo tenant

    /// Whether anything is recorded.
    bool isKnown() const { return !id.isEmpty() || !graphRoot.isEmpty() || demo; }
    /**
     * @brief Whether a journal of this tenant may be undone or continued in @p current. Ids decide when both
     * have one; else the demo marker, the Graph root and the account must all agree. Unknown on either side:
     * true (nothing to tell them apart by).
     */
    bool matches(const JournalTenant& current) const;
    /// For people: "the demo tenant", "tenant <id>", "account <name> at <root>" or the root (translated).
    QString displayText() const;

    /// `{id, graphRoot, account, demo}`, each only when set.
    QJsonObject toJson() const;
    static JournalTenant fromJson(const QJsonObject& object);
    /// @p text as a tenant id when it is a GUID (lower case, no braces), else empty: a domain or `organizations`
    /// names no one tenant id.
    static QString idFrom(const QString& text);
};

} // namespace Portrait
