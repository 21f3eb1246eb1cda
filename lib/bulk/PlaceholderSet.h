#pragma once

#include "bulk/PhotoFingerprint.h"

#include <QJsonArray>
#include <QList>
#include <QString>

namespace Portrait {

/**
 * @brief The images an organisation uses as "no real photo" (a silhouette, a logo), matched exactly by sha256
 * and perceptually by dHash distance (at most threshold() bits of 128) with similar colours (kColourTolerance), so
 * resized or re-encoded copies count.
 *
 * A value type: cheap to copy, safe to read from worker threads once built. Adding an image decodes it
 * (blocking): the CLI loads its few `--placeholder` files before the run starts; the GUI adds on the thread pool.
 */
class PlaceholderSet
{
public:
    /// One known placeholder.
    struct Entry
    {
        QString label; ///< a name for people: the file name, or who it was taken from
        PhotoFingerprint fingerprint;
    };

    /// How a photo matched.
    struct Match
    {
        bool matched = false;
        bool exact = false; ///< same sha256
        int distance = 129; ///< dHash distance to the nearest entry
        int colourDistance = 256; ///< colour distance to that entry
        QString label; ///< the entry that matched
    };

    /// dHash distance (of 128 bits) up to which two images are the same picture. Calibrated on the demo tenant
    /// (TestPhotoFingerprint): copies resized to 48 px / JPEG q10 stay within 8 bits and 2 colour units; the
    /// nearest real portrait is 9 bits but 11 colour units away.
    static constexpr int kDefaultThreshold = 10;
    /// Mean colour difference (0..255) up to which two images are the same picture (re-encoding moves it a few units).
    static constexpr int kColourTolerance = 6;

    PlaceholderSet() = default;

    bool isEmpty() const { return m_entries.isEmpty(); }
    qsizetype size() const { return m_entries.size(); }
    const QList<Entry>& entries() const { return m_entries; }

    int threshold() const { return m_threshold; }
    void setThreshold(int bits) { m_threshold = bits; }

    /// Adds an image by its bytes (blocking decode); false when they are not a decodable image.
    bool addImage(const QByteArray& bytes, const QString& label);
    /// Adds an already computed fingerprint; false when it has neither sha256 nor dHash, or is already known.
    bool addFingerprint(const PhotoFingerprint& fingerprint, const QString& label);
    /// Reads @p path and adds it; false with @p error when it cannot be read or decoded.
    bool addFile(const QString& path, QString* error = nullptr);
    /// Removes the entry at @p index.
    void removeAt(qsizetype index) { m_entries.removeAt(index); }

    /// The nearest entry to @p photo, and whether it is within the threshold (or byte-identical).
    Match match(const PhotoFingerprint& photo) const;

    /// `[{label, sha256, dhash, colours}]`, for settings.
    QJsonArray toJson() const;
    /// Reads toJson(); entries without a usable hash are skipped.
    static PlaceholderSet fromJson(const QJsonArray& array);

private:
    QList<Entry> m_entries;
    int m_threshold = kDefaultThreshold;
};

} // namespace Portrait
