#include "NameAllocator.h"

#include "graph/FileName.h"

#include <QCryptographicHash>

namespace Portrait {

void NameAllocator::reserve(const QString& owner, const QString& file)
{
    m_owners.insert(key(file), owner);
}

void NameAllocator::release(const QString& owner, const QString& file)
{
    const QString k = key(file);
    const auto it = m_owners.constFind(k);
    if (it != m_owners.constEnd() && *it == owner && !owner.isEmpty()) {
        m_owners.remove(k);
    }
}

QString NameAllocator::claim(const QString& owner, const QString& wanted)
{
    const auto take = [this, &owner](const QString& name) {
        const QString k = key(name);
        const auto it = m_owners.constFind(k);
        if (it == m_owners.constEnd()) {
            m_owners.insert(k, owner);
            return true;
        }
        return *it == owner && !owner.isEmpty();
    };
    if (take(wanted)) {
        return wanted;
    }
    const QString suffix = suffixFor(owner);
    QString candidate = FileName::withSuffix(wanted, suffix);
    for (int n = 2; !take(candidate); ++n) {
        candidate = FileName::withSuffix(wanted, suffix + QStringLiteral("-%1").arg(n));
    }
    return candidate;
}

QString NameAllocator::suffixFor(const QString& owner)
{
    const QByteArray hash = QCryptographicHash::hash(owner.toUtf8(), QCryptographicHash::Sha1).toHex();
    return u'~' + QString::fromLatin1(hash.left(8));
}

QString NameAllocator::key(const QString& file)
{
    // Names read back from a manifest never went through the sanitizer: bound what QString::normalized() sees
    // as it does (it is quadratic, see FileName::kMaxNormalizedLength). Component by component: '/' never
    // combines with a neighbour, so that is still the NFC of the whole name. A component longer than the
    // sanitizer ever makes is compared as it is.
    const auto nfc = [](const QString& text) {
        return FileName::limitCombiningMarks(text).normalized(QString::NormalizationForm_C);
    };
    if (file.size() <= FileName::kMaxNormalizedLength) {
        return nfc(file).toCaseFolded();
    }
    QStringList components = file.split(u'/');
    for (QString& c : components) {
        if (c.size() <= FileName::kMaxNormalizedLength) {
            c = nfc(c);
        }
    }
    return components.join(u'/').toCaseFolded();
}

} // namespace Portrait
