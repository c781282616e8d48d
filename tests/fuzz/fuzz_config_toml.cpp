// libFuzzer target: any bytes read as influxctl's config.toml (toml++ underneath).
// Built by the `fuzz` preset (clang); run it with tests/fuzz/run.sh SECONDS config_toml.
#include "ConfigTomlInvariants.h"

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    // Raw data, not a copy: a read past the end is caught by AddressSanitizer.
    const QByteArray text =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList violations = ConfigTomlInvariants::check(text);
    if (!violations.isEmpty()) {
        for (const QString &violation : violations)
            std::fprintf(stderr, "config.toml invariant broken: %s\n", qUtf8Printable(violation));
        std::abort();
    }
    return 0;
}
