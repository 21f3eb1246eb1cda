#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace Portrait {

class DemoTenant;

/**
 * @brief The sample portraits that come with the demo tenant, for trying "Import photos" on it.
 *
 * A small folder of pictures named by the UPNs of the default demo tenant (seed 42), some matching cleanly and
 * some deliberately not: unmatched names, two files for one person, a displayName two people share, a picture
 * too small, a file that is no image, a user without a mailbox, a PNG with transparency, a JPEG with an EXIF
 * orientation, a landscape picture to crop. Its README.txt says what each file is for.
 *
 * The folder is checked in (resources/demo-import) and installed with the program
 * (`share/portrait/demo-import`); write() generates it again, byte for byte the same with the same image
 * libraries (`portrait-emulator --write-demo-import DIR`).
 */
class DemoSamples
{
public:
    /** @brief One file of the folder and what it is for. */
    struct Sample
    {
        QString fileName;
        QString purpose; ///< One line for the README.
        QByteArray bytes;
    };

    /**
     * @brief The installed folder (`<prefix>/share/portrait/demo-import` next to the executable, then the XDG data
     * folders), else the source tree's when running from a build; empty when none is found.
     */
    static QString importFolder();

    /** @brief Every file of the folder, README.txt last, made from @p tenant (the default demo tenant). */
    static QList<Sample> generate(const DemoTenant& tenant);

    /** @brief Writes generate() for the default demo tenant into @p folder (created when missing). */
    static bool write(const QString& folder, QString* error);

    /**
     * @brief @p jpeg with an EXIF block saying how to turn the stored pixels for display (1 = as stored, 6 = turn
     * 90° clockwise, 8 = 90° counter-clockwise, 3 = 180°).
     */
    static QByteArray withExifOrientation(const QByteArray& jpeg, quint16 orientation);
};

} // namespace Portrait
