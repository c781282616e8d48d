// libFuzzer target: any bytes through the token JSON codec and the error-body reader.
// Built by the `fuzz` preset (clang); run it with tests/fuzz/run.sh.
#include "FuzzTarget.h"
#include "TokenJsonInvariants.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    return fuzzOne(data, size, "token JSON", TokenJsonInvariants::check);
}
