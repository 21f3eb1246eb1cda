#include "ODataQuery.h"

#include <QSet>
#include <QUrl>

namespace Portrait {

namespace {

QString formDecode(QByteArray raw)
{
    raw.replace('+', ' ');
    return QUrl::fromPercentEncoding(raw);
}

} // namespace

ODataQuery ODataQuery::parse(const QByteArray& rawQuery)
{
    ODataQuery query;
    const QList<QByteArray> pairs = rawQuery.split('&');
    for (const QByteArray& pair : pairs) {
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype eq = pair.indexOf('=');
        Item item;
        item.raw = pair;
        item.key = formDecode(eq < 0 ? pair : pair.left(eq));
        item.value = eq < 0 ? QString() : formDecode(pair.mid(eq + 1));
        query.m_items.append(item);
    }
    return query;
}

bool ODataQuery::contains(QStringView key) const
{
    for (const Item& item : m_items) {
        if (item.key.compare(key, Qt::CaseInsensitive) == 0) {
            return true;
        }
    }
    return false;
}

QString ODataQuery::value(QStringView key) const
{
    for (const Item& item : m_items) {
        if (item.key.compare(key, Qt::CaseInsensitive) == 0) {
            return item.value.isNull() ? QStringLiteral("") : item.value;
        }
    }
    return {};
}

QString ODataQuery::duplicateKey() const
{
    QSet<QString> seen;
    for (const Item& item : m_items) {
        const QString lower = item.key.toLower();
        if (seen.contains(lower)) {
            return item.key;
        }
        seen.insert(lower);
    }
    return {};
}

QByteArray ODataQuery::rebuild(const QStringList& drop, const QByteArray& append) const
{
    QByteArrayList kept;
    for (const Item& item : m_items) {
        if (!drop.contains(item.key, Qt::CaseInsensitive)) {
            kept.append(item.raw);
        }
    }
    if (!append.isEmpty()) {
        kept.append(append);
    }
    return kept.join('&');
}

} // namespace Portrait
