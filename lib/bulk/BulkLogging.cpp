#include "BulkLogging.h"

namespace Portrait {

Q_LOGGING_CATEGORY(lcBulk, "portrait.bulk", QtInfoMsg)

} // namespace Portrait
