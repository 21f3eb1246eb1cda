#pragma once

#include "bulk/PlaceholderSet.h"

namespace Portrait {

/**
 * @brief How an AuditJob decides statuses and what it fetches.
 *
 * By default exactly one metadata request per principal. Bytes (`$value`, a second request for principals
 * that have a photo) are fetched when needsBytes(): `deep`, a placeholder set to match, a duplicate threshold
 * (an etag is per upload, so it cannot tell that two principals share one picture: only the bytes can), or
 * thumbnails for the HTML contact sheet.
 */
struct AuditOptions
{
    bool deep = false; ///< fetch the bytes of every photo, report `bytes` and `sha256`
    bool transitive = false; ///< walk nested groups of `groups/{id}/members`
    int minEdge = 0; ///< photos with a smaller width or height are `placeholder` (`min-edge`); 0 = off
    PlaceholderSet placeholders; ///< images that are `placeholder` (`placeholder-image`, `placeholder-similar`)
    int duplicateThreshold
        = 0; ///< bytes shared by more than this many principals are `placeholder` (`duplicate`); 0 = off
    int thumbnailEdge = 0; ///< > 0: make a JPEG thumbnail of this edge for every photo (AuditRecord::thumbnail)
    int window = 256; ///< photo operations handed to the scheduler at once (the rest wait in the job)

    bool needsBytes() const { return deep || !placeholders.isEmpty() || duplicateThreshold > 0 || thumbnailEdge > 0; }
    /// Whether fetched bytes need decoding on the thread pool (dHash or thumbnail).
    bool needsDecoding() const { return !placeholders.isEmpty() || thumbnailEdge > 0; }
};

} // namespace Portrait
