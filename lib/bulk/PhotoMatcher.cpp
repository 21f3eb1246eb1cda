#include "PhotoMatcher.h"

namespace Portrait {

bool PhotoMatcher::ruleFromName(const QString& name, Rule* rule)
{
    static const QList<std::pair<QString, Rule>> names{
        {QStringLiteral("auto"), Rule::Auto},
        {QStringLiteral("upn"), Rule::Upn},
        {QStringLiteral("mail"), Rule::Mail},
        {QStringLiteral("id"), Rule::Id},
        {QStringLiteral("employeeId"), Rule::EmployeeId},
        {QStringLiteral("displayName"), Rule::DisplayName},
    };
    for (const auto& [text, value] : names) {
        if (text == name) {
            *rule = value;
            return true;
        }
    }
    return false;
}

QString PhotoMatcher::normalize(const QString& key)
{
    return key.trimmed().normalized(QString::NormalizationForm_C).toCaseFolded();
}

void PhotoMatcher::add(const DirectoryObject& principal)
{
    const QString path = principal.path.toString();
    if (m_byPath.contains(path)) {
        return;
    }
    const int index = int(m_principals.size());
    m_principals.append(principal);
    m_byPath.insert(path, index);
    const auto index_ = [index](QHash<QString, QList<int>>& map, const QString& key) {
        if (!key.isEmpty()) {
            map[normalize(key)].append(index);
        }
    };
    index_(m_byUpn, principal.userPrincipalName);
    index_(m_byMail, principal.mail);
    index_(m_byId, principal.id);
    index_(m_byEmployeeId, principal.employeeId);
    index_(m_byDisplayName, principal.displayName);
}

QList<DirectoryObject> PhotoMatcher::lookup(Rule rule, const QString& key) const
{
    const QHash<QString, QList<int>>* map = nullptr;
    switch (rule) {
    case Rule::Upn:
        map = &m_byUpn;
        break;
    case Rule::Mail:
        map = &m_byMail;
        break;
    case Rule::Id:
        map = &m_byId;
        break;
    case Rule::EmployeeId:
        map = &m_byEmployeeId;
        break;
    case Rule::DisplayName:
        map = &m_byDisplayName;
        break;
    case Rule::Auto:
        return {};
    }
    QList<DirectoryObject> found;
    for (int i : map->value(key)) {
        found.append(m_principals.at(i));
    }
    return found;
}

PhotoMatcher::Match PhotoMatcher::match(const QString& key, Rule rule) const
{
    static const QList<std::pair<Rule, QString>> order{{Rule::Upn, QStringLiteral("upn")},
                                                       {Rule::Mail, QStringLiteral("mail")},
                                                       {Rule::Id, QStringLiteral("id")},
                                                       {Rule::EmployeeId, QStringLiteral("employeeId")},
                                                       {Rule::DisplayName, QStringLiteral("displayName")}};
    const QString normalized = normalize(key);
    for (const auto& [candidate, name] : order) {
        if (rule != Rule::Auto && rule != candidate) {
            continue;
        }
        if (rule == Rule::Auto && candidate == Rule::DisplayName) {
            break; // names repeat: only when asked
        }
        const QList<DirectoryObject> found = lookup(candidate, normalized);
        if (!found.isEmpty()) {
            return {found, name};
        }
    }
    return {};
}

PhotoMatcher::Match PhotoMatcher::matchMapped(const QString& principal) const
{
    const ItemPath address = ItemPath::parse(principal.trimmed());
    QString key = principal.trimmed();
    if (address.isPrincipal()) {
        if (const auto it = m_byPath.constFind(address.toString()); it != m_byPath.constEnd()) {
            return {{m_principals.at(*it)}, QStringLiteral("map")};
        }
        key = address.key();
    }
    const QString normalized = normalize(key);
    for (Rule rule : {Rule::Id, Rule::Upn, Rule::Mail}) {
        const QList<DirectoryObject> found = lookup(rule, normalized);
        if (!found.isEmpty()) {
            return {found, QStringLiteral("map")};
        }
    }
    return {{}, QStringLiteral("map")};
}

} // namespace Portrait
