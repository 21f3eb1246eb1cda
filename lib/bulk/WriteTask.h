#pragma once

#include "base/GraphError.h"
#include "bulk/UploadImage.h"
#include "graph/DirectoryObject.h"
#include "graph/PhotoInfo.h"

#include <QJsonObject>
#include <QStringList>

namespace Portrait {

struct JournalEntry;

/// One principal a write run works on: set or replace its photo with an image, remove it, or undo a journal entry.
struct WriteTask
{
    enum class Kind
    {
        Set, ///< set or replace the photo with `image.jpeg`
        Remove, ///< remove the photo (users and groups)
        Undo, ///< put back what the journal's entry of `principal.path` had before
    };
    Kind kind = Kind::Set;
    DirectoryObject principal;
    QString file; ///< the image file, relative (import), for the record
    QString matchedBy; ///< how the file was matched (import), for the record
    UploadImage image; ///< for Set: the file and the JPEG to send

    /// The Undo task of a journal's entry (`undo JOURNAL`, "Undo this import").
    static WriteTask undo(const JournalEntry& entry);
};

/// What became of one WriteTask (and, in a plan, what would): the fields of CLI.md's write records.
struct WriteOutcome
{
    WriteTask task;
    /// `set`, `replace`, `remove`, `unchanged`, `skip`, `unmatched`, `ambiguous`, `invalid`, `unsupported`.
    QString action;
    QString reason;
    QStringList warnings;
    PhotoInfo before; ///< the photo before (metadata)
    bool applied = false; ///< a write was attempted (then `result` says how it went)
    bool written = false;
    bool verified = false;
    QString etagAfter;
    QString backup; ///< the backup file in the journal, when there is one
    GraphError error;

    /// Whether this is a write (`set`, `replace`, `remove`).
    bool isWrite() const;
    /// The JSON record (CLI.md "Writing photos").
    QJsonObject toJson() const;
};

} // namespace Portrait
