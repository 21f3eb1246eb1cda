#pragma once

#include <QString>

namespace Portrait {

struct WriteOutcome;

// Texts for people about photo writes (import, set, remove, undo), in the user's language. The wire names of the
// actions and reasons (`replace`, `has-photo`...) stay English: they are what JSON records and journals carry.

/// "Set", "Replace", "Remove", "Unchanged", "Skip", "No match", "Ambiguous", "Invalid", "Not possible"; the code
/// itself for one that is not known.
QString writeActionTitle(const QString& action);
/// What the action of @p outcome means for that row, in one sentence: "No photo yet: this image becomes the photo.",
/// "Several files are for this person: keep one and plan again." — every reason the engine gives (CLI.md "Writing
/// photos"), Graph's codes through explainPhoto(), and Graph's own code as sent when it is not a known one.
QString writeReasonText(const WriteOutcome& outcome);
/// What became of an applied write: "Written and verified", "Written; not visible yet", "Failed: HTTP 403 …";
/// empty when no write was attempted.
QString writeResultText(const WriteOutcome& outcome);

} // namespace Portrait
