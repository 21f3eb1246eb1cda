#pragma once

#include <QLoggingCategory>

namespace Portrait {

/// "portrait.cache": the thumbnail cache, in memory and on disk (what is reused, rechecked or fetched again, and
/// a cache folder that cannot be written). Debug messages are off unless `--verbose` or QT_LOGGING_RULES.
Q_DECLARE_LOGGING_CATEGORY(lcCache)

} // namespace Portrait
