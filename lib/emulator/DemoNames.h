#pragma once

#include <QList>
#include <QString>

namespace Portrait {

/**
 * @brief The fixed word lists the demo tenant draws its people, groups and contacts from.
 *
 * The lists deliberately include non-ASCII names (José, Zoë, Ørsted, Łukasz, Nguyễn) so that every
 * layer of the client sees them. All functions are pure and return the same lists every time.
 */
class DemoNames
{
public:
    /** @brief One group template: a display name, a description and whether it is a Microsoft 365 group. */
    struct GroupTemplate
    {
        QString displayName;
        QString description;
        bool unified = false;
    };

    /** @brief One company a contact may work for, with its mail domain. */
    struct Company
    {
        QString name;
        QString domain;
    };

    /** @brief Given names. */
    static const QList<QString>& givenNames();
    /** @brief Surnames. */
    static const QList<QString>& surnames();
    /** @brief Job titles. */
    static const QList<QString>& jobTitles();
    /** @brief Department names. */
    static const QList<QString>& departments();
    /** @brief Office locations. */
    static const QList<QString>& officeLocations();
    /** @brief Group templates; the first one is the big all-hands group. */
    static const QList<GroupTemplate>& groups();
    /** @brief Companies for contacts and guest domains. */
    static const QList<Company>& companies();
    /** @brief Names for the signed-in user's contact folders. */
    static const QList<QString>& contactFolders();

    /**
     * @brief Folds a name to the lowercase ASCII used in mail addresses: "Zoë Ørsted" → "zoeorsted".
     *
     * Strips accents, maps letters that do not decompose (Ø, Ł, ß, Æ, Đ) and drops anything that is
     * not [a-z0-9]. May return an empty string (for example for CJK names).
     */
    static QString asciiFold(const QString& name);
};

} // namespace Portrait
