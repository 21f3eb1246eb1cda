#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace Portrait {

/**
 * @brief The query string of one request, decoded the way Graph decodes it.
 *
 * Keys and values are form-decoded ('+' is a space, then percent-decoding). The raw items are
 * kept so that an `@odata.nextLink` can repeat the other parameters exactly as the client sent them.
 */
class ODataQuery
{
public:
    /** @brief One `key=value` pair. */
    struct Item
    {
        QString key; ///< Decoded key, e.g. "$top".
        QString value; ///< Decoded value.
        QByteArray raw; ///< The pair exactly as received.
    };

    /** @brief Parses a query string without the leading '?'. */
    static ODataQuery parse(const QByteArray& rawQuery);

    /** @brief All pairs in the order received. */
    const QList<Item>& items() const { return m_items; }
    /** @brief True when @p key is present (case-insensitive). */
    bool contains(QStringView key) const;
    /** @brief The value of the first @p key (case-insensitive), or a null string. */
    QString value(QStringView key) const;
    /** @brief The first key (in its received spelling) that appears more than once, or an empty string. */
    QString duplicateKey() const;
    /**
     * @brief The raw query without the keys in @p drop (case-insensitive), with @p append added at the end.
     * @param append an already encoded `key=value` pair, or empty.
     */
    QByteArray rebuild(const QStringList& drop, const QByteArray& append) const;

private:
    QList<Item> m_items;
};

} // namespace Portrait
