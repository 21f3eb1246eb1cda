// Built only by the test architecture_upward_include, which expects it not to compile: it links the graph layer
// alone, and graph sits beside auth, not above it (docs/ARCHITECTURE.md).
#include "graph/GraphClient.h"

#include "auth/Account.h"
