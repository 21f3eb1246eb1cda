#pragma once

#include <QLoggingCategory>

namespace Portrait {

/// "portrait.model": what the directory model loads, page by page. Debug messages are off unless `--verbose` or
/// QT_LOGGING_RULES turns them on.
Q_DECLARE_LOGGING_CATEGORY(lcModel)

} // namespace Portrait
