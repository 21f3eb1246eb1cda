#include "DemoSamples.h"

#include "emulator/DemoRandom.h"
#include "emulator/DemoTenant.h"
#include "emulator/PortraitPainter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTransform>

namespace Portrait {

namespace {

constexpr quint64 kSampleSalt = 0x53414D50; // "SAMP": faces other than the tenant's own

QImage face(int index, int edge, bool transparent = false)
{
    return PortraitPainter::render(PortraitPainter::Subject::Person, DemoRandom::mix({kSampleSalt, quint64(index)}),
                                   edge, transparent);
}

QByteArray encoded(const QImage& image, const QByteArray& format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (format == "jpeg") {
        writer.setQuality(85);
    }
    if (!writer.write(image)) {
        qWarning("DemoSamples: cannot encode a sample: %s", qUtf8Printable(writer.errorString()));
        return {};
    }
    return bytes;
}

/// A landscape picture: a face in the middle of a wider background, which the centre crop keeps.
QImage landscape(int index, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(QColor(0x5a, 0x7d, 0x9a));
    QPainter painter(&image);
    painter.drawImage((width - height) / 2, 0, face(index, height));
    painter.end();
    return image;
}

void bigEndian16(QByteArray& out, quint16 value)
{
    out.append(char(value >> 8));
    out.append(char(value & 0xFF));
}

void bigEndian32(QByteArray& out, quint32 value)
{
    bigEndian16(out, quint16(value >> 16));
    bigEndian16(out, quint16(value & 0xFFFF));
}

} // namespace

QString DemoSamples::importFolder()
{
    const QString relative = QStringLiteral("portrait/demo-import");
    QStringList candidates;
    if (QCoreApplication::instance()) {
        candidates.append(QCoreApplication::applicationDirPath() + QStringLiteral("/../share/") + relative);
    }
    candidates
        += QStandardPaths::locateAll(QStandardPaths::GenericDataLocation, relative, QStandardPaths::LocateDirectory);
#ifdef PORTRAIT_DEMO_IMPORT_SOURCE_DIR
    candidates.append(QStringLiteral(PORTRAIT_DEMO_IMPORT_SOURCE_DIR));
#endif
    for (const QString& candidate : std::as_const(candidates)) {
        if (QFileInfo::exists(candidate + QStringLiteral("/README.txt"))) {
            return QDir::cleanPath(QFileInfo(candidate).absoluteFilePath());
        }
    }
    return {};
}

QByteArray DemoSamples::withExifOrientation(const QByteArray& jpeg, quint16 orientation)
{
    if (!jpeg.startsWith("\xFF\xD8")) {
        return jpeg;
    }
    // A big-endian TIFF block with one IFD entry: Orientation (0x0112), SHORT, count 1.
    QByteArray tiff("MM\x00\x2A", 4);
    bigEndian32(tiff, 8); // the IFD follows the header
    bigEndian16(tiff, 1); // one entry
    bigEndian16(tiff, 0x0112);
    bigEndian16(tiff, 3);
    bigEndian32(tiff, 1);
    bigEndian16(tiff, orientation);
    bigEndian16(tiff, 0); // the value is left-aligned in its 4 bytes
    bigEndian32(tiff, 0); // no next IFD
    const QByteArray payload = QByteArray("Exif\x00\x00", 6) + tiff;
    QByteArray segment("\xFF\xE1", 2);
    bigEndian16(segment, quint16(payload.size() + 2));
    segment += payload;
    // After the JFIF APP0 segment when there is one, as cameras and editors place it.
    qsizetype at = 2;
    if (jpeg.size() > 4 && quint8(jpeg.at(2)) == 0xFF && quint8(jpeg.at(3)) == 0xE0) {
        at = 4 + ((quint8(jpeg.at(4)) << 8) | quint8(jpeg.at(5)));
    }
    return jpeg.left(at) + segment + jpeg.mid(at);
}

QList<DemoSamples::Sample> DemoSamples::generate(const DemoTenant& tenant)
{
    QList<Sample> out;
    const QList<DemoUser>& users = tenant.users();
    const auto upn = [&users](int index) { return users.value(index).userPrincipalName; };
    const auto add = [&out](const QString& name, const QString& purpose, const QByteArray& bytes) {
        out.append({name, purpose, bytes});
    };

    // The signed-in user, twice: one person, two files.
    const QString me = upn(0);
    add(me + QStringLiteral(".jpg"), QStringLiteral("ambiguous: one of two pictures of the same person (see the .png)"),
        encoded(face(0, 480), "jpeg"));
    const QString meCapitalised = me.left(1).toUpper() + me.mid(1);
    add(meCapitalised + QStringLiteral(".png"),
        QStringLiteral("ambiguous: the second picture of the same person (names compare case-insensitively)"),
        encoded(face(1, 400), "png"));
    add(upn(1) + QStringLiteral(".jpg"),
        QStringLiteral("set or replace: a landscape 800 x 600 picture, cropped to its centre square"),
        encoded(landscape(2, 800, 600), "jpeg"));
    // Stored turned a quarter to the left, with an EXIF orientation that turns it upright again.
    const QImage upright = face(3, 480).copy(60, 0, 360, 480);
    add(upn(2) + QStringLiteral(".jpg"),
        QStringLiteral(
            "set or replace: a JPEG whose pixels are stored on their side with an EXIF orientation (6) that turns "
            "them upright"),
        withExifOrientation(encoded(upright.transformed(QTransform().rotate(-90)), "jpeg"), 6));
    add(upn(3) + QStringLiteral(".jpeg"),
        QStringLiteral("set or replace: a large 1000 x 1000 picture, scaled down to the largest edge"),
        encoded(face(4, 1000), "jpeg"));
    add(upn(4) + QStringLiteral(".jpg"),
        QStringLiteral("invalid: 64 x 64, under the 96 pixels an import needs by default (--min-edge)"),
        encoded(face(5, 64), "jpeg"));
    add(upn(5) + QStringLiteral(".png"),
        QStringLiteral("set or replace: a PNG with a transparent background, flattened into a JPEG"),
        encoded(face(6, 360, true), "png"));
    add(upn(7) + QStringLiteral(".jpg"), QStringLiteral("set or replace: a guest, whose UPN has #EXT# in it"),
        encoded(face(7, 300), "jpeg"));
    add(upn(8) + QStringLiteral(".jpg"), QStringLiteral("invalid: named like a picture but it is text"),
        QByteArrayLiteral("This is not a picture. Portrait reads a file's content, not its name.\n"));

    // Users picked by what the tenant says about them.
    int noMailbox = -1;
    int noPhoto = -1;
    QString sharedName;
    QHash<QString, int> seen;
    for (int i = 9; i < users.size(); ++i) {
        const DemoUser& user = users.at(i);
        if (noMailbox < 0 && user.photo.state == PhotoState::NoMailbox) {
            noMailbox = i;
        }
        if (noPhoto < 0 && !user.guest && user.photo.state == PhotoState::None) {
            noPhoto = i;
        }
        if (sharedName.isEmpty() && !user.guest) {
            if (seen.contains(user.displayName)) {
                sharedName = user.displayName;
            }
            seen.insert(user.displayName, i);
        }
    }
    if (noPhoto >= 0) {
        add(upn(noPhoto) + QStringLiteral(".jpg"), QStringLiteral("set: a person who has no photo yet"),
            encoded(face(8, 420), "jpeg"));
    }
    if (noMailbox >= 0) {
        add(upn(noMailbox) + QStringLiteral(".jpg"),
            QStringLiteral("unsupported: this user has no mailbox, Graph takes no photo for them"),
            encoded(face(9, 300), "jpeg"));
    }
    if (!sharedName.isEmpty()) {
        add(sharedName + QStringLiteral(".jpg"),
            QStringLiteral("ambiguous with --match displayName: two people are called %1 (unmatched otherwise)")
                .arg(sharedName),
            encoded(face(10, 300), "jpeg"));
    }
    add(QStringLiteral("pat.example@contoso.onmicrosoft.com.jpg"), QStringLiteral("unmatched: nobody has this UPN"),
        encoded(face(11, 300), "jpeg"));
    add(QStringLiteral("Team offsite 2019.jpg"), QStringLiteral("unmatched: a picture that is nobody's"),
        encoded(landscape(12, 480, 320), "jpeg"));

    QString readme = QStringLiteral(
        "Sample portraits for Portrait's demo tenant (portrait --demo, portrait-cli --demo).\n"
        "\n"
        "Point \"Import photos\" (or portrait-cli --demo import) at this folder: each file is matched to a\n"
        "person by its name (the UPN), and the plan says what would happen to it. Nothing is written\n"
        "until you apply the plan, and the demo tenant forgets every change when the program quits.\n"
        "The pictures are drawn by the program; nobody real is shown. Made by\n"
        "portrait-emulator --write-demo-import DIR.\n"
        "\n");
    for (const Sample& sample : std::as_const(out)) {
        readme += sample.fileName + QStringLiteral("\n    ") + sample.purpose + u'\n';
    }
    add(QStringLiteral("README.txt"), QStringLiteral("this file"), readme.toUtf8());
    return out;
}

bool DemoSamples::write(const QString& folder, QString* error)
{
    if (!QDir().mkpath(folder)) {
        *error = QStringLiteral("cannot create %1").arg(folder);
        return false;
    }
    const DemoTenant tenant;
    for (const Sample& sample : generate(tenant)) {
        QSaveFile file(QDir(folder).filePath(sample.fileName));
        if (!file.open(QIODevice::WriteOnly) || file.write(sample.bytes) != sample.bytes.size() || !file.commit()) {
            *error = QStringLiteral("cannot write %1: %2").arg(file.fileName(), file.errorString());
            return false;
        }
    }
    return true;
}

} // namespace Portrait
