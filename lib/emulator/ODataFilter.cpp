#include "ODataFilter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace Portrait {

namespace {

// Splits @p text at top-level occurrences of " and " / " or " (outside quotes and parentheses).
// Returns OR groups of AND clauses.
QList<QStringList> splitBoolean(const QString& text, QChar quote)
{
    QList<QStringList> groups{QStringList{}};
    QString current;
    int depth = 0;
    bool inQuote = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == quote) {
            inQuote = !inQuote;
        } else if (!inQuote && c == u'(') {
            ++depth;
        } else if (!inQuote && c == u')') {
            --depth;
        } else if (!inQuote && depth == 0 && c == u' ') {
            const QStringView rest = QStringView(text).mid(i);
            if (rest.startsWith(QStringLiteral(" and "), Qt::CaseInsensitive)) {
                groups.last().append(current.trimmed());
                current.clear();
                i += 4;
                continue;
            }
            if (rest.startsWith(QStringLiteral(" or "), Qt::CaseInsensitive)) {
                groups.last().append(current.trimmed());
                groups.append(QStringList{});
                current.clear();
                i += 3;
                continue;
            }
        }
        current += c;
    }
    groups.last().append(current.trimmed());
    return groups;
}

/// Graph searches displayName and description word by word; any other property of a `$search` clause is
/// matched like `$filter` startswith.
bool isTokenized(const QString& property)
{
    return property.compare(QStringLiteral("displayName"), Qt::CaseInsensitive) == 0
        || property.compare(QStringLiteral("description"), Qt::CaseInsensitive) == 0;
}

/**
 * The words Graph's directory search cuts a value (and a search term) into: at white space; at a change from a
 * lower-case to an upper-case letter ("HelloWorld": hello, world; "HELLOworld" stays one); between letters,
 * digits and symbols ("hello123world": hello, 123, world), each symbol a word of its own. Words that only
 * symbols separate also make one word together ("hello.world": hello, ., world, helloworld).
 */
QStringList searchTokens(const QString& text)
{
    enum class Type
    {
        Space,
        Letter,
        Digit,
        Symbol
    };
    const auto typeOf = [](QChar c) {
        return c.isSpace() ? Type::Space : c.isLetter() ? Type::Letter : c.isDigit() ? Type::Digit : Type::Symbol;
    };
    QStringList tokens;
    QString current;
    Type currentType = Type::Space;
    QString joined; ///< the letters and digits of the current white-space separated chunk
    int chunkWords = 0;
    bool chunkHasSymbol = false;
    const auto endToken = [&]() {
        if (!current.isEmpty()) {
            tokens.append(current);
            if (currentType != Type::Symbol) {
                joined += current;
                ++chunkWords;
            }
        }
        current.clear();
    };
    const auto endChunk = [&]() {
        endToken();
        if (chunkHasSymbol && chunkWords > 1) {
            tokens.append(joined);
        }
        joined.clear();
        chunkWords = 0;
        chunkHasSymbol = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const Type type = typeOf(c);
        if (type == Type::Space) {
            endChunk();
            currentType = Type::Space;
            continue;
        }
        const bool camel = type == Type::Letter && currentType == Type::Letter && !current.isEmpty()
            && current.back().isLower() && c.isUpper();
        if (type != currentType || type == Type::Symbol || camel) {
            endToken();
        }
        if (type == Type::Symbol) {
            chunkHasSymbol = true;
        }
        current += c;
        currentType = type;
    }
    endChunk();
    return tokens;
}

QString unquote(QString s)
{
    s = s.mid(1, s.size() - 2);
    s.replace(QStringLiteral("''"), QStringLiteral("'"));
    return s;
}

bool stringEquals(const QJsonValue& value, const QString& expected)
{
    return value.isString() && value.toString().compare(expected, Qt::CaseInsensitive) == 0;
}

} // namespace

ODataFilter ODataFilter::parseFilter(const QString& text)
{
    ODataFilter filter;
    QString expr = text.trimmed();
    while (expr.startsWith(u'(') && expr.endsWith(u')')
           && !expr.contains(QStringLiteral("/any("), Qt::CaseInsensitive)) {
        expr = expr.mid(1, expr.size() - 2).trimmed();
    }
    if (expr.isEmpty()) {
        filter.m_error = QStringLiteral("Invalid filter clause");
        return filter;
    }
    for (const QStringList& group : splitBoolean(expr, u'\'')) {
        QList<Clause> clauses;
        for (const QString& part : group) {
            Clause clause;
            if (!parseClause(part, &clause, &filter.m_advanced)) {
                filter.m_anyOf.clear();
                filter.m_error = QStringLiteral("Invalid filter clause: %1").arg(part);
                return filter;
            }
            clauses.append(clause);
        }
        filter.m_anyOf.append(clauses);
    }
    return filter;
}

ODataFilter ODataFilter::parseSearch(const QString& text)
{
    ODataFilter search;
    const QString expr = text.trimmed();
    if (!expr.startsWith(u'"')) {
        const qsizetype colon = expr.indexOf(u':');
        search.m_error = colon >= 0
            ? QStringLiteral("Syntax error: character ':' is not valid at position %1 in '%2'.").arg(colon).arg(expr)
            : QStringLiteral("Syntax error: the search term must be quoted, as in \"displayName:%1\".").arg(expr);
        return search;
    }
    for (const QStringList& group : splitBoolean(expr, u'"')) {
        QList<Clause> clauses;
        for (const QString& part : group) {
            if (part.size() < 2 || !part.startsWith(u'"') || !part.endsWith(u'"')) {
                search.m_error = QStringLiteral("Syntax error: invalid search clause '%1'.").arg(part);
                search.m_anyOf.clear();
                return search;
            }
            const QString inner = part.mid(1, part.size() - 2);
            const qsizetype colon = inner.indexOf(u':');
            Clause clause;
            clause.op = Clause::Op::Search;
            clause.property = colon < 0 ? QStringLiteral("displayName") : inner.left(colon).trimmed();
            clause.values = {colon < 0 ? inner.trimmed() : inner.mid(colon + 1).trimmed()};
            clauses.append(clause);
        }
        search.m_anyOf.append(clauses);
    }
    return search;
}

bool ODataFilter::parseClause(const QString& text, Clause* clause, bool* advanced)
{
    static const QRegularExpression function(
        QStringLiteral(R"(^(startswith|endswith)\(\s*([A-Za-z][\w/]*)\s*,\s*'((?:[^']|'')*)'\s*\)$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression comparison(QStringLiteral(R"(^([A-Za-z][\w]*)\s+(eq|ne)\s+(.+)$)"),
                                               QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression inList(QStringLiteral(R"(^([A-Za-z][\w]*)\s+in\s+\((.*)\)$)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression any(
        QStringLiteral(R"(^([A-Za-z][\w]*)/any\(\s*(\w+)\s*:\s*(\w+)(?:/(\w+))?\s+eq\s+'((?:[^']|'')*)'\s*\)$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression quoted(QStringLiteral(R"('((?:[^']|'')*)')"));

    if (const auto m = function.match(text); m.hasMatch()) {
        const bool ends = m.captured(1).compare(QStringLiteral("endswith"), Qt::CaseInsensitive) == 0;
        clause->op = ends ? Clause::Op::EndsWith : Clause::Op::StartsWith;
        clause->property = m.captured(2);
        clause->values = {m.captured(3).replace(QStringLiteral("''"), QStringLiteral("'"))};
        *advanced = *advanced || ends;
        return true;
    }
    if (const auto m = any.match(text); m.hasMatch()) {
        if (m.captured(2) != m.captured(3)) {
            return false;
        }
        clause->op = Clause::Op::AnyEquals;
        clause->property = m.captured(1);
        clause->subProperty = m.captured(4);
        clause->values = {m.captured(5).replace(QStringLiteral("''"), QStringLiteral("'"))};
        return true;
    }
    if (const auto m = inList.match(text); m.hasMatch()) {
        clause->op = Clause::Op::In;
        clause->property = m.captured(1);
        auto it = quoted.globalMatch(m.captured(2));
        while (it.hasNext()) {
            clause->values.append(it.next().captured(1).replace(QStringLiteral("''"), QStringLiteral("'")));
        }
        return !clause->values.isEmpty();
    }
    if (const auto m = comparison.match(text); m.hasMatch()) {
        const bool ne = m.captured(2).compare(QStringLiteral("ne"), Qt::CaseInsensitive) == 0;
        clause->op = ne ? Clause::Op::NotEquals : Clause::Op::Equals;
        clause->property = m.captured(1);
        const QString literal = m.captured(3).trimmed();
        if (literal.size() >= 2 && literal.startsWith(u'\'') && literal.endsWith(u'\'')) {
            clause->literal = unquote(literal);
        } else if (literal.compare(QStringLiteral("true"), Qt::CaseInsensitive) == 0) {
            clause->literal = true;
        } else if (literal.compare(QStringLiteral("false"), Qt::CaseInsensitive) == 0) {
            clause->literal = false;
        } else if (literal.compare(QStringLiteral("null"), Qt::CaseInsensitive) == 0) {
            clause->literal = QJsonValue(QJsonValue::Null);
        } else {
            bool ok = false;
            const double number = literal.toDouble(&ok);
            if (!ok) {
                return false;
            }
            clause->literal = number;
        }
        *advanced = *advanced || ne || clause->literal.isNull();
        return true;
    }
    return false;
}

QStringList ODataFilter::properties() const
{
    QStringList out;
    for (const auto& group : m_anyOf) {
        for (const Clause& clause : group) {
            const QString top = clause.property.section(u'/', 0, 0);
            if (!out.contains(top, Qt::CaseInsensitive)) {
                out.append(top);
            }
        }
    }
    return out;
}

bool ODataFilter::matches(const Getter& get) const
{
    for (const auto& group : m_anyOf) {
        bool all = true;
        for (const Clause& clause : group) {
            if (!clauseMatches(clause, get)) {
                all = false;
                break;
            }
        }
        if (all) {
            return true;
        }
    }
    return m_anyOf.isEmpty();
}

bool ODataFilter::clauseMatches(const Clause& clause, const Getter& get)
{
    const QJsonValue value = get(clause.property);
    switch (clause.op) {
    case Clause::Op::StartsWith:
        return value.isString() && value.toString().startsWith(clause.values.constFirst(), Qt::CaseInsensitive);
    case Clause::Op::EndsWith:
        return value.isString() && value.toString().endsWith(clause.values.constFirst(), Qt::CaseInsensitive);
    case Clause::Op::Equals:
    case Clause::Op::NotEquals: {
        bool equal = false;
        if (clause.literal.isString()) {
            equal = stringEquals(value, clause.literal.toString());
        } else if (clause.literal.isNull()) {
            equal = value.isNull() || value.isUndefined();
        } else {
            equal = value == clause.literal;
        }
        return clause.op == Clause::Op::Equals ? equal : !equal;
    }
    case Clause::Op::In:
        for (const QString& v : clause.values) {
            if (stringEquals(value, v)) {
                return true;
            }
        }
        return false;
    case Clause::Op::AnyEquals: {
        const QJsonArray array = value.toArray();
        for (const QJsonValue& element : array) {
            const QJsonValue item
                = clause.subProperty.isEmpty() ? element : element.toObject().value(clause.subProperty);
            if (stringEquals(item, clause.values.constFirst())) {
                return true;
            }
        }
        return false;
    }
    case Clause::Op::Search: {
        if (!value.isString()) {
            return false;
        }
        const QString term = clause.values.constFirst();
        const QString text = value.toString();
        if (!isTokenized(clause.property)) {
            return text.startsWith(term, Qt::CaseInsensitive);
        }
        // Every word of the term starts a word of the value, in any order.
        const QStringList words = searchTokens(text);
        const QStringList wanted = searchTokens(term);
        for (const QString& w : wanted) {
            const auto starts = [&w](const QString& word) { return word.startsWith(w, Qt::CaseInsensitive); };
            if (std::none_of(words.cbegin(), words.cend(), starts)) {
                return false;
            }
        }
        return !wanted.isEmpty();
    }
    }
    return false;
}

} // namespace Portrait
