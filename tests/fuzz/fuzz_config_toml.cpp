// libFuzzer target: any bytes read as influxctl's config.toml (toml++ underneath).
// Built by the `fuzz` preset (clang); run it with tests/fuzz/run.sh SECONDS config_toml.
#include "ConfigTomlInvariants.h"
#include "FuzzTarget.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    return fuzzOne(data, size, "config.toml", ConfigTomlInvariants::check);
}
