#pragma once

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace Portrait {

/**
 * @brief The subset of OData `$filter` and `$search` expressions the emulator evaluates.
 *
 * `$filter`: clauses joined by `and` / `or` (and binds tighter), each one of `startswith(p,'v')`,
 * `endswith(p,'v')`, `p eq|ne 'v'|true|false|null|number`, `p in ('a','b')`,
 * `p/any(x:x eq 'v')` and `p/any(x:x/sub eq 'v')`. String comparisons ignore case, as in the
 * directory.
 *
 * `$search`: quoted `"property:term"` clauses joined by `AND` / `OR`, as Graph's directory search: on
 * displayName and description every word of the term must start a word of the value, in any order (words cut
 * at spaces, lower-to-upper case changes and between letters, digits and symbols); any other property
 * matches when its value starts with the term. Case is ignored.
 */
class ODataFilter
{
public:
    /** @brief Reads a property of the object being tested; returns QJsonValue::Undefined for unknown ones. */
    using Getter = std::function<QJsonValue(const QString& property)>;

    /** @brief Parses a `$filter` expression. Check isValid(). */
    static ODataFilter parseFilter(const QString& text);
    /** @brief Parses a `$search` expression. Check isValid(). */
    static ODataFilter parseSearch(const QString& text);

    /** @brief False when the expression could not be parsed; see error(). */
    bool isValid() const { return m_error.isEmpty(); }
    /** @brief Graph-style message for an invalid expression. */
    QString error() const { return m_error; }
    /** @brief True when the expression uses an operator Graph allows only in advanced queries (endswith, ne). */
    bool needsAdvancedQuery() const { return m_advanced; }
    /** @brief The top-level properties the expression reads (as written). */
    QStringList properties() const;
    /** @brief True when the object read through @p get satisfies the expression. */
    bool matches(const Getter& get) const;

private:
    struct Clause
    {
        enum class Op
        {
            StartsWith,
            EndsWith,
            Equals,
            NotEquals,
            In,
            AnyEquals,
            Search
        };
        Op op = Op::Equals;
        QString property;
        QString subProperty; ///< For any(x:x/sub eq 'v').
        QJsonValue literal; ///< For eq / ne.
        QStringList values; ///< For in, startswith, endswith, any, search.
    };

    static bool parseClause(const QString& text, Clause* clause, bool* advanced);
    static bool clauseMatches(const Clause& clause, const Getter& get);

    QList<QList<Clause>> m_anyOf; // OR of AND groups
    QString m_error;
    bool m_advanced = false;
};

} // namespace Portrait
