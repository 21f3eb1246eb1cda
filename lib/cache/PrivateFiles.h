#pragma once

// PrivateFiles moved to lib/base, so that lib/bulk (the journals) shares it with the thumbnail cache. This header
// keeps `#include "cache/PrivateFiles.h"` of app/gui compiling while DetailPane is being split; include
// "base/PrivateFiles.h" in new code.
#include "base/PrivateFiles.h"
