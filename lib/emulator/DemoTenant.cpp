#include "DemoTenant.h"

#include "emulator/DemoNames.h"
#include "emulator/DemoRandom.h"
#include "emulator/PortraitPainter.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QSet>

#include <algorithm>

namespace Portrait {

namespace {

constexpr qsizetype kDefaultCacheBytes = 64 * 1024 * 1024;

// Salts that keep the random streams of the different parts of the tenant apart.
enum Salt : quint64
{
    SaltUser = 0x5553,
    SaltGroup = 0x4752,
    SaltContact = 0x4354,
    SaltFolder = 0x464C,
    SaltGuid = 0x4755,
    SaltMailbox = 0x4D42,
    SaltPhoto = 0x5048,
    SaltTenant = 0x544E
};

QString guidFromSeed(quint64 seed)
{
    DemoRandom random(seed);
    const quint64 a = random.next();
    const quint64 b = random.next();
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 8; ++i) {
        bytes[i] = static_cast<char>((a >> (8 * i)) & 0xFF);
        bytes[8 + i] = static_cast<char>((b >> (8 * i)) & 0xFF);
    }
    bytes[6] = static_cast<char>((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = static_cast<char>((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    const QByteArray hex = bytes.toHex();
    return QString::fromLatin1(hex.left(8) + '-' + hex.mid(8, 4) + '-' + hex.mid(12, 4) + '-' + hex.mid(16, 4) + '-'
                               + hex.mid(20));
}

// An Outlook-style opaque id: base64url of @p size bytes starting with "AAMk", containing '-' and '_'.
// size % 3 == 2 gives exactly one trailing '='.
QString outlookId(quint64 seed, int size)
{
    DemoRandom random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i) {
        bytes[i] = static_cast<char>(random.next() & 0xFF);
    }
    bytes[0] = 0x00;
    bytes[1] = 0x03;
    bytes[2] = 0x24;
    if (size > 33) {
        bytes[30] = static_cast<char>(0xF8); // a 6-bit group 111110 → '-'
        bytes[33] = static_cast<char>(0xFC); // a 6-bit group 111111 → '_'
    }
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding));
}

// Sparse partial Fisher-Yates: k distinct values of [0, n) in random order, O(k) memory.
QList<int> sample(DemoRandom& random, int n, int k)
{
    k = std::clamp(k, 0, n);
    QHash<int, int> swapped;
    QList<int> out;
    out.reserve(k);
    for (int i = 0; i < k; ++i) {
        const int j = i + random.bounded(n - i);
        const int vi = swapped.value(i, i);
        const int vj = swapped.value(j, j);
        swapped.insert(j, vi);
        out.append(vj);
    }
    return out;
}

int pickUserEdge(DemoRandom& random)
{
    // Mostly the full 648, with every smaller uploaded edge represented.
    const int roll = random.bounded(100);
    static const int edges[] = {648, 504, 432, 360, 240, 120, 96, 64, 48};
    static const int cumulative[] = {40, 50, 58, 66, 80, 88, 94, 97, 100};
    for (int i = 0; i < 9; ++i) {
        if (roll < cumulative[i]) {
            return edges[i];
        }
    }
    return 648;
}

QString pickFrom(DemoRandom& random, const QList<QString>& list)
{
    return list.at(random.bounded(static_cast<int>(list.size())));
}

QString cacheKey(const QString& principalId, const DemoPhoto& photo, int edge)
{
    return principalId + u'/' + QString::number(photo.version) + u'/' + QString::number(edge) + u'/'
        + QString::number(static_cast<int>(photo.format)) + u'/' + QString::number(photo.edge);
}

// Graph stores photos up to 648 x 648 (the largest HD size) and re-encodes them as JPEG.
constexpr int kLargestStoredEdge = 648;
constexpr int kStoredJpegQuality = 90;

QByteArray encodeJpeg(const QImage& image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, QByteArrayLiteral("jpeg"));
    writer.setQuality(quality);
    if (!writer.write(image)) {
        qWarning("DemoTenant: cannot encode a photo: %s", qUtf8Printable(writer.errorString()));
        return {};
    }
    return bytes;
}

// A transparent upload is flattened onto white (JPEG has no alpha).
QImage opaque(const QImage& image)
{
    if (!image.hasAlphaChannel()) {
        return image;
    }
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, image);
    painter.end();
    return flat;
}

} // namespace

const QList<int>& DemoTenant::graphPhotoSizes()
{
    static const QList<int> sizes{48, 64, 96, 120, 240, 360, 432, 504, 648};
    return sizes;
}

QString DemoTenant::domain()
{
    return QStringLiteral("contoso.onmicrosoft.com");
}

QString DemoTenant::tenantId() const
{
    return guidFromSeed(DemoRandom::mix({m_options.seed, SaltTenant}));
}

DemoTenant::DemoTenant(const DemoTenantOptions& options)
    : m_options(options)
    , m_imageCache(kDefaultCacheBytes)
{
    m_options.users = qMax(1, m_options.users);
    m_options.groups = qMax(0, m_options.groups);
    m_options.contacts = qMax(0, m_options.contacts);
    m_options.contactFolders = qMax(0, m_options.contactFolders);
    m_options.contactsPerFolder = qMax(0, m_options.contactsPerFolder);
    buildUsers();
    buildGroups();
    buildContacts();
}

DemoTenant::~DemoTenant() = default;

QString DemoTenant::newGuid(quint64 salt)
{
    return guidFromSeed(DemoRandom::mix({m_options.seed, SaltGuid, salt, m_guidCounter++}));
}

QString DemoTenant::uniqueUpn(const QString& localPart, const QString& upnDomain)
{
    QString candidate = localPart + u'@' + upnDomain;
    // Common names repeat a lot in big tenants: remember the next free suffix per local part.
    const QString key = candidate.toLower();
    int n = m_upnSuffixes.value(key, 2);
    while (m_userByUpn.contains(candidate.toLower())) {
        candidate = localPart + QString::number(n++) + u'@' + upnDomain;
    }
    m_upnSuffixes.insert(key, n);
    return candidate;
}

void DemoTenant::buildUsers()
{
    const int n = m_options.users;
    m_users.reserve(n);

    // A handful of users without a mailbox, away from the special users at the front.
    QSet<int> noMailbox;
    if (n > 1) {
        DemoRandom random(DemoRandom::mix({m_options.seed, SaltMailbox}));
        const int first = n > 20 ? 9 : 1;
        const int count = std::min(n - first, std::max(3, n / 250));
        for (const int offset : sample(random, n - first, count)) {
            noMailbox.insert(first + offset);
        }
    }

    struct Special
    {
        QString given;
        QString surname;
        QString display;
        QString local;
        QString guestDomain;
    };
    const QList<Special> specials{
        {QStringLiteral("Megan"),
         QStringLiteral("Bowen"),
         QStringLiteral("Megan Bowen"),
         QStringLiteral("megan.bowen"),
         {}},
        {QStringLiteral("Siobhán"),
         QStringLiteral("O'Brien"),
         QStringLiteral("O'Brien, Siobhán"),
         QStringLiteral("siobhan.obrien"),
         {}},
        {QStringLiteral("Robert"),
         QStringLiteral("Jones"),
         QStringLiteral("Robert \"Bob\" Jones"),
         QStringLiteral("robert.jones"),
         {}},
        {QStringLiteral("芳"), QStringLiteral("王"), QStringLiteral("王芳"), QStringLiteral("fang.wang"), {}},
        {QStringLiteral("An"),
         QStringLiteral("Nguyễn"),
         QStringLiteral("Nguyễn Văn An"),
         QStringLiteral("an.nguyen"),
         {}},
        {QStringLiteral("Zoë"),
         QStringLiteral("Ørsted"),
         QStringLiteral("Zoë Ørsted"),
         QStringLiteral("zoe.orsted"),
         {}},
        {QStringLiteral("Łukasz"),
         QStringLiteral("Kowalski"),
         QStringLiteral("Łukasz Kowalski"),
         QStringLiteral("lukasz.kowalski"),
         {}},
        {QStringLiteral("Anna"), QStringLiteral("Berg"), QStringLiteral("Anna Berg"), QStringLiteral("anna.berg"),
         QStringLiteral("fabrikam.com")},
        {QStringLiteral("José"),
         QStringLiteral("García"),
         QStringLiteral("José García"),
         QStringLiteral("jose.garcia"),
         {}},
    };

    QHash<QString, QString> foldCache; // names repeat: fold each one once
    auto folded = [&foldCache](const QString& name) {
        auto it = foldCache.constFind(name);
        if (it == foldCache.cend()) {
            it = foldCache.insert(name, DemoNames::asciiFold(name));
        }
        return it.value();
    };
    const auto& companies = DemoNames::companies();
    for (int i = 0; i < n; ++i) {
        const quint64 seed = DemoRandom::mix({m_options.seed, SaltUser, static_cast<quint64>(i)});
        DemoRandom random(seed);
        DemoUser user;
        user.seed = seed;
        user.id = guidFromSeed(DemoRandom::mix({seed, SaltGuid}));

        QString local;
        QString guestDomain;
        if (i < specials.size()) {
            const Special& s = specials.at(i);
            user.givenName = s.given;
            user.surname = s.surname;
            user.displayName = s.display;
            local = s.local;
            guestDomain = s.guestDomain;
        } else {
            user.givenName = pickFrom(random, DemoNames::givenNames());
            user.surname = pickFrom(random, DemoNames::surnames());
            user.displayName = user.givenName + u' ' + user.surname;
            const QString given = folded(user.givenName);
            const QString sur = folded(user.surname);
            local = (given.isEmpty() || sur.isEmpty()) ? QStringLiteral("user%1").arg(i) : given + u'.' + sur;
            if (random.percent(3)) {
                guestDomain = companies.at(random.bounded(static_cast<int>(companies.size()))).domain;
            }
        }
        user.jobTitle = i == 0 ? QStringLiteral("IT Administrator") : pickFrom(random, DemoNames::jobTitles());
        user.department = i == 0 ? QStringLiteral("IT") : pickFrom(random, DemoNames::departments());
        user.officeLocation = pickFrom(random, DemoNames::officeLocations());
        user.accountEnabled = i == 0 || !random.percent(3);

        if (!guestDomain.isEmpty()) {
            user.guest = true;
            user.jobTitle.clear();
            user.department.clear();
            user.mail = local + u'@' + guestDomain;
            QString guestLocal = local + u'_' + guestDomain + QStringLiteral("#EXT#");
            user.userPrincipalName = uniqueUpn(guestLocal, domain());
        } else {
            user.userPrincipalName = uniqueUpn(local, domain());
            user.mail = user.userPrincipalName;
        }

        // Photo state.
        DemoRandom photoRandom(DemoRandom::mix({seed, SaltPhoto}));
        DemoPhoto& photo = user.photo;
        photo.version = 1;
        if (i == 0) {
            photo.state = PhotoState::Present;
            photo.edge = 648;
        } else if (noMailbox.contains(i)) {
            photo.state = PhotoState::NoMailbox;
        } else if (photoRandom.percent(20)) {
            photo.state = PhotoState::None;
            photo.missingCode
                = photoRandom.percent(25) ? MissingPhotoCode::ImageNotFound : MissingPhotoCode::ErrorItemNotFound;
        } else {
            photo.state = PhotoState::Present;
            photo.edge = static_cast<quint16>(pickUserEdge(photoRandom));
            photo.format = photoRandom.percent(15) ? PhotoFormat::Png : PhotoFormat::Jpeg;
        }

        m_userByUpn.insert(user.userPrincipalName.toLower(), m_users.size());
        m_userById.insert(user.id.toLower(), m_users.size());
        m_users.append(std::move(user));
    }
}

void DemoTenant::indexUsers()
{
    m_userById.clear();
    m_userByUpn.clear();
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        m_userById.insert(m_users.at(i).id.toLower(), i);
        m_userByUpn.insert(m_users.at(i).userPrincipalName.toLower(), i);
    }
}

void DemoTenant::buildGroups()
{
    const int n = m_options.groups;
    const int userCount = static_cast<int>(m_users.size());
    const auto& templates = DemoNames::groups();
    QSet<QString> nicknames;
    for (int g = 0; g < n; ++g) {
        const quint64 seed = DemoRandom::mix({m_options.seed, SaltGroup, static_cast<quint64>(g)});
        DemoRandom random(seed);
        const auto& t = templates.at(g % templates.size());
        DemoGroup group;
        group.seed = seed;
        group.id = guidFromSeed(DemoRandom::mix({seed, SaltGuid}));
        group.displayName = g < templates.size()
            ? t.displayName
            : QStringLiteral("%1 %2").arg(t.displayName).arg(g / templates.size() + 1);
        group.description = t.description;
        group.unified = t.unified;
        QString nick = DemoNames::asciiFold(group.displayName);
        if (nick.isEmpty()) {
            nick = QStringLiteral("group%1").arg(g);
        }
        while (nicknames.contains(nick)) {
            nick += u'x';
        }
        nicknames.insert(nick);
        group.mailNickname = nick;
        if (group.unified) {
            group.mailEnabled = true;
            group.securityEnabled = false;
            group.visibility = random.percent(25) ? QStringLiteral("Private") : QStringLiteral("Public");
        } else {
            group.mailEnabled = random.percent(20); // mail-enabled security group
            group.securityEnabled = true;
        }
        if (group.mailEnabled) {
            group.mail = nick + u'@' + domain();
        }

        // Members: one large group for paging, the others small; nested groups only point forward.
        const int size
            = g == 0 ? std::min(userCount, 120 + random.bounded(31)) : std::min(userCount, random.between(3, 60));
        for (const int index : sample(random, userCount, size)) {
            group.memberIds.append(m_users.at(index).id);
        }
        if (g > 0 && g + 1 < n && random.percent(25)) {
            const int nested = random.between(1, 2);
            for (int k = 0; k < nested; ++k) {
                const int target = g + 1 + random.bounded(n - g - 1);
                const QString targetId = guidFromSeed(DemoRandom::mix(
                    {DemoRandom::mix({m_options.seed, SaltGroup, static_cast<quint64>(target)}), SaltGuid}));
                if (!group.memberIds.contains(targetId)) {
                    group.memberIds.append(targetId);
                }
            }
        }

        group.photo.version = 1;
        if (g == 0 || random.percent(20)) {
            group.photo.state = PhotoState::Present;
            static const int edges[] = {648, 360, 240, 96};
            group.photo.edge = static_cast<quint16>(g == 0 ? 648 : edges[random.bounded(4)]);
            group.photo.format = random.percent(15) ? PhotoFormat::Png : PhotoFormat::Jpeg;
        } else {
            group.photo.state = PhotoState::None;
            group.photo.missingCode
                = random.percent(20) ? MissingPhotoCode::ImageNotFound : MissingPhotoCode::ErrorItemNotFound;
        }
        m_groupById.insert(group.id.toLower(), m_groups.size());
        m_groups.append(std::move(group));
    }
}

void DemoTenant::buildContacts()
{
    m_defaultFolder.id = outlookId(DemoRandom::mix({m_options.seed, SaltFolder, 0xFFFE}), 44);
    m_defaultFolder.displayName = QStringLiteral("Contacts");
    m_defaultFolder.parentFolderId = outlookId(DemoRandom::mix({m_options.seed, SaltFolder, 0xFFFF}), 44);
    const auto& names = DemoNames::contactFolders();
    for (int f = 0; f < m_options.contactFolders; ++f) {
        DemoContactFolder folder;
        folder.id = outlookId(DemoRandom::mix({m_options.seed, SaltFolder, static_cast<quint64>(f)}), 44);
        folder.displayName = f < names.size()
            ? names.at(f)
            : QStringLiteral("%1 %2").arg(names.at(f % names.size())).arg(f / names.size() + 1);
        folder.parentFolderId = m_defaultFolder.id;
        m_folders.append(folder);
    }

    const auto& companies = DemoNames::companies();
    quint64 serial = 0;
    auto makeContact = [&](const QString& folderId) {
        const quint64 seed = DemoRandom::mix({m_options.seed, SaltContact, serial++});
        DemoRandom random(seed);
        DemoContact contact;
        contact.seed = seed;
        contact.id = outlookId(DemoRandom::mix({seed, SaltGuid}), 104);
        contact.parentFolderId = folderId;
        contact.givenName = pickFrom(random, DemoNames::givenNames());
        contact.surname = pickFrom(random, DemoNames::surnames());
        contact.displayName = contact.givenName + u' ' + contact.surname;
        const auto& company = companies.at(random.bounded(static_cast<int>(companies.size())));
        contact.companyName = company.name;
        contact.jobTitle = pickFrom(random, DemoNames::jobTitles());
        if (random.percent(60)) {
            contact.mobilePhone = QStringLiteral("+1 425 555 %1").arg(random.bounded(10000), 4, 10, QLatin1Char('0'));
        }
        const QString given = DemoNames::asciiFold(contact.givenName);
        const QString sur = DemoNames::asciiFold(contact.surname);
        const int emailRoll = random.bounded(100);
        if (emailRoll >= 5) {
            contact.emailAddresses.append({contact.displayName, given + u'.' + sur + u'@' + company.domain});
        }
        if (emailRoll >= 85) {
            contact.emailAddresses.append({contact.displayName, given + sur + QStringLiteral("@outlook.com")});
        }
        contact.photo.version = 1;
        if (random.percent(50)) {
            static const int edges[] = {96, 120, 180, 240};
            contact.photo.state = PhotoState::Present;
            contact.photo.edge = static_cast<quint16>(edges[random.bounded(4)]);
        } else {
            contact.photo.state = PhotoState::None;
        }
        m_contactById.insert(contact.id, m_contacts.size());
        m_contacts.append(std::move(contact));
    };
    for (int c = 0; c < m_options.contacts; ++c) {
        makeContact(m_defaultFolder.id);
    }
    for (const auto& folder : std::as_const(m_folders)) {
        for (int c = 0; c < m_options.contactsPerFolder; ++c) {
            makeContact(folder.id);
        }
    }
}

const DemoUser& DemoTenant::me() const
{
    return m_users.constFirst();
}

const DemoUser* DemoTenant::findUser(const QString& idOrUpn) const
{
    const QString key = idOrUpn.toLower();
    auto it = m_userById.constFind(key);
    if (it == m_userById.cend()) {
        it = m_userByUpn.constFind(key);
        if (it == m_userByUpn.cend()) {
            return nullptr;
        }
    }
    return &m_users.at(it.value());
}

const DemoGroup* DemoTenant::findGroup(const QString& id) const
{
    const auto it = m_groupById.constFind(id.toLower());
    return it == m_groupById.cend() ? nullptr : &m_groups.at(it.value());
}

QList<DemoMember> DemoTenant::members(const QString& groupId) const
{
    QList<DemoMember> out;
    const DemoGroup* group = findGroup(groupId);
    if (!group) {
        return out;
    }
    out.reserve(group->memberIds.size());
    for (const QString& id : group->memberIds) {
        if (m_userById.contains(id.toLower())) {
            out.append({PrincipalKind::User, id});
        } else if (m_groupById.contains(id.toLower())) {
            out.append({PrincipalKind::Group, id});
        }
    }
    return out;
}

const DemoContactFolder* DemoTenant::findContactFolder(const QString& id) const
{
    if (id == m_defaultFolder.id) {
        return &m_defaultFolder;
    }
    for (const auto& folder : m_folders) {
        if (folder.id == id) {
            return &folder;
        }
    }
    return nullptr;
}

QList<const DemoContact*> DemoTenant::contacts(const QString& folderId) const
{
    const QString folder = folderId.isEmpty() ? m_defaultFolder.id : folderId;
    QList<const DemoContact*> out;
    for (const auto& contact : m_contacts) {
        if (contact.parentFolderId == folder) {
            out.append(&contact);
        }
    }
    return out;
}

const DemoContact* DemoTenant::findContact(const QString& id) const
{
    const auto it = m_contactById.constFind(id);
    return it == m_contactById.cend() ? nullptr : &m_contacts.at(it.value());
}

PrincipalKind DemoTenant::principalKind(const QString& id) const
{
    if (m_userById.contains(id.toLower()) || m_userByUpn.contains(id.toLower())) {
        return PrincipalKind::User;
    }
    if (m_groupById.contains(id.toLower())) {
        return PrincipalKind::Group;
    }
    if (m_contactById.contains(id)) {
        return PrincipalKind::Contact;
    }
    return PrincipalKind::None;
}

quint64 DemoTenant::principalSeed(const QString& principalId, PrincipalKind* kind) const
{
    *kind = principalKind(principalId);
    switch (*kind) {
    case PrincipalKind::User:
        return findUser(principalId)->seed;
    case PrincipalKind::Group:
        return findGroup(principalId)->seed;
    case PrincipalKind::Contact:
        return findContact(principalId)->seed;
    case PrincipalKind::None:
        break;
    }
    return 0;
}

QString DemoTenant::canonicalId(const QString& principalId) const
{
    switch (principalKind(principalId)) {
    case PrincipalKind::User:
        return findUser(principalId)->id;
    case PrincipalKind::Group:
        return findGroup(principalId)->id;
    case PrincipalKind::Contact:
        return principalId;
    case PrincipalKind::None:
        break;
    }
    return {};
}

const DemoPhoto* DemoTenant::photoInfo(const QString& principalId) const
{
    return const_cast<DemoTenant*>(this)->mutablePhoto(principalId);
}

DemoPhoto* DemoTenant::mutablePhoto(const QString& principalId)
{
    const QString lower = principalId.toLower();
    if (auto it = m_userById.constFind(lower); it != m_userById.cend()) {
        return &m_users[it.value()].photo;
    }
    if (auto it = m_userByUpn.constFind(lower); it != m_userByUpn.cend()) {
        return &m_users[it.value()].photo;
    }
    if (auto it = m_groupById.constFind(lower); it != m_groupById.cend()) {
        return &m_groups[it.value()].photo;
    }
    if (auto it = m_contactById.constFind(principalId); it != m_contactById.cend()) {
        return &m_contacts[it.value()].photo;
    }
    return nullptr;
}

QList<int> DemoTenant::availablePhotoSizes(const QString& principalId) const
{
    const DemoPhoto* photo = photoInfo(principalId);
    if (!photo || !photo->hasPhoto()) {
        return {};
    }
    if (principalKind(principalId) == PrincipalKind::Contact) {
        return {photo->edge};
    }
    QList<int> sizes;
    for (const int size : graphPhotoSizes()) {
        if (size < photo->edge) {
            sizes.append(size);
        }
    }
    sizes.append(photo->edge);
    return sizes;
}

QByteArray DemoTenant::renderEncoded(const QString& principalId, const DemoPhoto& photo, int edge) const
{
    const QString key = cacheKey(canonicalId(principalId), photo, edge);
    if (const QByteArray* cached = m_imageCache.object(key)) {
        return *cached;
    }
    if (const Upload* upload = currentUpload(canonicalId(principalId), photo)) {
        // Smaller sizes are scaled from the stored largest one, as Graph serves them.
        QByteArray bytes = storedJpeg(*upload, photo.edge);
        if (edge != photo.edge) {
            QImage stored;
            stored.loadFromData(bytes, "JPEG");
            bytes = encodeJpeg(stored.scaled(edge, edge, Qt::IgnoreAspectRatio, Qt::SmoothTransformation),
                               kStoredJpegQuality);
        }
        m_imageCache.insert(key, new QByteArray(bytes), std::max<qsizetype>(1, bytes.size()));
        return bytes;
    }
    PrincipalKind kind = PrincipalKind::None;
    const quint64 seed = DemoRandom::mix({principalSeed(principalId, &kind), SaltPhoto, photo.version});
    const bool transparent = photo.format == PhotoFormat::Png && (seed & 1U) != 0;
    const QImage image = PortraitPainter::render(kind == PrincipalKind::Group ? PortraitPainter::Subject::Team
                                                                              : PortraitPainter::Subject::Person,
                                                 seed, edge, transparent);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer,
                        photo.format == PhotoFormat::Png ? QByteArrayLiteral("png") : QByteArrayLiteral("jpeg"));
    if (photo.format == PhotoFormat::Jpeg) {
        writer.setQuality(85);
    }
    if (!writer.write(image)) {
        qWarning("DemoTenant: cannot encode a photo: %s", qUtf8Printable(writer.errorString()));
        return {};
    }
    m_imageCache.insert(key, new QByteArray(bytes), std::max<qsizetype>(1, bytes.size()));
    return bytes;
}

QString DemoTenant::photoEtag(const QString& principalId) const
{
    const DemoPhoto* photo = photoInfo(principalId);
    if (!photo || !photo->hasPhoto()) {
        return {};
    }
    const QString canonical = canonicalId(principalId);
    QString key = cacheKey(canonical, *photo, photo->edge);
    if (const Upload* upload = currentUpload(canonical, *photo)) {
        key += u'/' + QString::fromLatin1(upload->digest.toHex());
    }
    if (const auto it = m_etags.constFind(key); it != m_etags.cend()) {
        return it.value();
    }
    // The key holds everything the bytes are rendered from (principal, version, format, edge), so the
    // etag changes exactly when the bytes do, without rendering the photo for a metadata request.
    const QByteArray digest = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Md5);
    const QString etag = QString::fromLatin1(digest.left(4).toHex().toUpper());
    m_etags.insert(key, etag);
    return etag;
}

PhotoAsset DemoTenant::photo(const QString& principalId, int edge) const
{
    const DemoPhoto* photo = photoInfo(principalId);
    if (!photo || !photo->hasPhoto()) {
        return {};
    }
    if (edge <= 0) {
        edge = photo->edge;
    }
    if (!availablePhotoSizes(principalId).contains(edge)) {
        return {};
    }
    PhotoAsset asset;
    asset.bytes = renderEncoded(principalId, *photo, edge);
    asset.mediaType
        = photo->format == PhotoFormat::Png ? QByteArrayLiteral("image/png") : QByteArrayLiteral("image/jpeg");
    asset.etag = photoEtag(principalId);
    asset.width = edge;
    asset.height = edge;
    return asset;
}

bool DemoTenant::setPhotoVersion(const QString& principalId, quint32 version)
{
    DemoPhoto* photo = mutablePhoto(principalId);
    if (!photo || !photo->hasPhoto()) {
        return false;
    }
    photo->version = version;
    return true;
}

bool DemoTenant::bumpPhoto(const QString& principalId)
{
    DemoPhoto* photo = mutablePhoto(principalId);
    return photo && photo->hasPhoto() && setPhotoVersion(principalId, photo->version + 1);
}

bool DemoTenant::removePhoto(const QString& principalId)
{
    DemoPhoto* photo = mutablePhoto(principalId);
    if (!photo) {
        return false;
    }
    m_uploads.remove(canonicalId(principalId));
    photo->state = PhotoState::None;
    photo->edge = 0;
    ++photo->version;
    return true;
}

bool DemoTenant::addPhoto(const QString& principalId, int edge, PhotoFormat format)
{
    DemoPhoto* photo = mutablePhoto(principalId);
    if (!photo || edge <= 0 || edge > 4096) {
        return false;
    }
    photo->state = PhotoState::Present;
    photo->edge = static_cast<quint16>(edge);
    photo->format = format;
    ++photo->version;
    return true;
}

bool DemoTenant::setNoMailbox(const QString& userId)
{
    if (principalKind(userId) != PrincipalKind::User) {
        return false;
    }
    DemoPhoto* photo = mutablePhoto(userId);
    photo->state = PhotoState::NoMailbox;
    photo->edge = 0;
    ++photo->version;
    return true;
}

bool DemoTenant::setMailboxOnPremises(const QString& userId, bool onPremises)
{
    if (principalKind(userId) != PrincipalKind::User) {
        return false;
    }
    mutablePhoto(userId)->onPremisesMailbox = onPremises;
    return true;
}

int DemoTenant::minimumUploadEdge()
{
    // The smallest size Graph serves is 48 x 48; a 23 x 23 upload has been seen refused (ValidationWidthTooSmall).
    // Where between the two Graph draws the line is not documented: the emulator refuses what it cannot serve.
    return graphPhotoSizes().constFirst();
}

QSize DemoTenant::uploadedImageSize(const QByteArray& encoded)
{
    QBuffer buffer;
    buffer.setData(encoded);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    QSize size = reader.size();
    if (!size.isValid() || size.isEmpty()) {
        return {};
    }
    const bool quarterTurn = reader.transformation() & QImageIOHandler::TransformationRotate90;
    // An eighth of the size is what a JPEG decoder makes fastest; it still reads every byte of the stream.
    reader.setScaledSize(QSize(std::max(1, size.width() / 8), std::max(1, size.height() / 8)));
    if (reader.read().isNull()) {
        return {};
    }
    return quarterTurn ? size.transposed() : size;
}

bool DemoTenant::uploadPhoto(const QString& principalId, const QByteArray& encoded)
{
    DemoPhoto* photo = mutablePhoto(principalId);
    const QSize size = uploadedImageSize(encoded);
    if (!photo || !size.isValid() || std::min(size.width(), size.height()) < minimumUploadEdge()) {
        return false;
    }
    Upload upload;
    upload.received = encoded;
    upload.digest = QCryptographicHash::hash(encoded, QCryptographicHash::Sha256);
    photo->state = PhotoState::Present;
    photo->format = PhotoFormat::Jpeg;
    photo->edge = static_cast<quint16>(std::min({size.width(), size.height(), kLargestStoredEdge}));
    ++photo->version;
    upload.version = photo->version;
    m_uploads.insert(canonicalId(principalId), upload);
    return true;
}

QByteArray DemoTenant::storedJpeg(const Upload& upload, int edge) const
{
    if (upload.jpeg.isEmpty()) {
        QImage image;
        QBuffer buffer;
        buffer.setData(upload.received);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer);
        reader.setAutoTransform(true); // an EXIF orientation is applied, as a camera picture is meant to be seen
        image = reader.read();
        // Centre square, then the stored edge (at most the largest size Graph keeps).
        const int side = std::min(image.width(), image.height());
        const QImage square = image.copy((image.width() - side) / 2, (image.height() - side) / 2, side, side);
        const QImage scaled
            = side == edge ? square : square.scaled(edge, edge, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        Upload& mutableUpload = const_cast<Upload&>(upload); // lives in the mutable m_uploads
        mutableUpload.jpeg = encodeJpeg(opaque(scaled), kStoredJpegQuality);
        mutableUpload.received.clear();
    }
    return upload.jpeg;
}

bool DemoTenant::hasUploadedPhoto(const QString& principalId) const
{
    const DemoPhoto* photo = photoInfo(principalId);
    return photo && photo->hasPhoto() && currentUpload(canonicalId(principalId), *photo);
}

const DemoTenant::Upload* DemoTenant::currentUpload(const QString& canonical, const DemoPhoto& photo) const
{
    const auto it = m_uploads.constFind(canonical);
    return it != m_uploads.cend() && it->version == photo.version ? &it.value() : nullptr;
}

QString DemoTenant::addUser(DemoUser user)
{
    if (user.seed == 0) {
        user.seed = DemoRandom::mix({m_options.seed, SaltUser, 0x100000000ULL + m_guidCounter});
    }
    if (user.id.isEmpty() || m_userById.contains(user.id.toLower())) {
        user.id = newGuid(0xADD);
    }
    if (user.displayName.isEmpty()) {
        user.displayName = (user.givenName + u' ' + user.surname).trimmed();
    }
    if (user.userPrincipalName.isEmpty() || m_userByUpn.contains(user.userPrincipalName.toLower())) {
        QString local = DemoNames::asciiFold(user.givenName) + u'.' + DemoNames::asciiFold(user.surname);
        if (local == QStringLiteral(".")) {
            local = QStringLiteral("user");
        }
        user.userPrincipalName = uniqueUpn(local, domain());
    }
    if (user.mail.isEmpty() && !user.guest) {
        user.mail = user.userPrincipalName;
    }
    if (user.photo.version == 0) {
        user.photo.version = 1;
    }
    const QString id = user.id;
    m_userById.insert(user.id.toLower(), m_users.size());
    m_userByUpn.insert(user.userPrincipalName.toLower(), m_users.size());
    m_users.append(std::move(user));
    return id;
}

bool DemoTenant::removeUser(const QString& userId)
{
    const DemoUser* user = findUser(userId);
    if (!user || user == &m_users.constFirst()) {
        return false; // the signed-in user stays
    }
    const QString id = user->id;
    m_users.removeAt(user - m_users.constData());
    indexUsers();
    for (auto& group : m_groups) {
        group.memberIds.removeAll(id);
    }
    return true;
}

qsizetype DemoTenant::cachedImageBytes() const
{
    return m_imageCache.totalCost();
}

void DemoTenant::setImageCacheLimit(qsizetype bytes)
{
    m_imageCache.setMaxCost(std::max<qsizetype>(1, bytes));
}

} // namespace Portrait
