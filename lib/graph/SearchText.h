#pragma once

#include <QString>
#include <QStringList>

#include <initializer_list>

namespace Portrait {

/**
 * @brief What a person typed to find someone, matched on the client the way people expect: ignoring case and
 * accents ("siobhan" finds "Siobhán", "SOREN" finds "Søren"), word by word in any order ("bowen megan" finds
 * "Megan Bowen"), each word anywhere in any of the fields ("megan.bowen" finds the address
 * megan.bowen@contoso.com).
 *
 * For what Graph cannot search (contacts) and for narrowing what is loaded; Graph itself is asked with
 * graphSearch().
 */
class SearchText
{
public:
    explicit SearchText(const QString& typed = {});

    bool isEmpty() const { return m_words.isEmpty(); }
    /// What was typed, with runs of white space made one space.
    const QString& text() const { return m_text; }
    /// True when every word typed is in one of @p fields (an empty search matches everything).
    bool matches(std::initializer_list<QStringView> fields) const;

    /// @p text without accents (Unicode decomposition, marks dropped, a few letters spelled in ASCII: ø, æ, ß,
    /// ...) and case-folded. Linear in the length, whatever the marks.
    static QString fold(QStringView text);

private:
    QString m_text;
    QStringList m_words; ///< folded
};

/**
 * @brief Graph's `$search` expression that finds @p term by display name or address: one quoted
 * `"property:term"` clause a property, joined by OR. Graph matches displayName word by word (each word a
 * prefix of one of the name's words, in any order) and the other properties by prefix (startsWith), so that
 * "megan.bowen" finds the user whose mail starts with it. Double quotes and backslashes are left out of
 * @p term (a clause is a quoted string). The request needs `ConsistencyLevel: eventual`.
 */
QString graphSearch(const QString& term, const QStringList& properties);

} // namespace Portrait
