#pragma once

#include "graph/DirectoryObject.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Portrait {

/**
 * @brief Matches image file names to principals (CLI.md `--match`, `--map`).
 *
 * Keys are compared NFC-normalised and case-folded, so `Zoë.Adams@…` in a file name saved by macOS (NFD) finds
 * `zoë.adams@…`. `auto` tries the UPN, then mail, then id, then employeeId, and the first of these that names
 * anyone decides; displayName is used only when asked, as names repeat.
 */
class PhotoMatcher
{
public:
    enum class Rule
    {
        Auto,
        Upn,
        Mail,
        Id,
        EmployeeId,
        DisplayName,
    };

    /// One file's answer: the principals it names (none, one, or several: ambiguous) and by what.
    struct Match
    {
        QList<DirectoryObject> principals;
        QString matchedBy; ///< `upn`, `mail`, `id`, `employeeId`, `displayName`, `map`
    };

    /// `auto`, `upn`, `mail`, `id`, `employeeId`, `displayName`; false for anything else.
    static bool ruleFromName(const QString& name, Rule* rule);
    /// NFC, case-folded: the form keys are compared in.
    static QString normalize(const QString& key);

    /// Adds @p principal to the index (a principal seen twice is kept once).
    void add(const DirectoryObject& principal);
    qsizetype size() const { return m_principals.size(); }

    /// The principals @p key (a file name without its extension) names under @p rule.
    Match match(const QString& key, Rule rule) const;
    /**
     * @brief The principal a `--map` row names: an ITEM address (`users/{id|upn}`, `groups/{id}`, a contact) or a
     * bare UPN, mail or id. Only principals in the index are found.
     */
    Match matchMapped(const QString& principal) const;

private:
    QList<DirectoryObject> lookup(Rule rule, const QString& normalizedKey) const;

    QList<DirectoryObject> m_principals;
    QHash<QString, int> m_byPath;
    QHash<QString, QList<int>> m_byUpn;
    QHash<QString, QList<int>> m_byMail;
    QHash<QString, QList<int>> m_byId;
    QHash<QString, QList<int>> m_byEmployeeId;
    QHash<QString, QList<int>> m_byDisplayName;
};

} // namespace Portrait
