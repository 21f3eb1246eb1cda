#include "CacheLogging.h"

namespace Portrait {

Q_LOGGING_CATEGORY(lcCache, "portrait.cache", QtInfoMsg)

} // namespace Portrait
