// libFuzzer target: any bytes through the token JSON codec and the error-body reader.
// Built by the `fuzz` preset (clang); run it with tests/fuzz/run.sh.
#include "TokenJsonInvariants.h"

#include <QByteArray>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size) {
    // Raw data, not a copy: a read past the end of the input is caught by AddressSanitizer
    // instead of landing in a copy's terminating NUL.
    const QByteArray body =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList violations = TokenJsonInvariants::check(body);
    if (!violations.isEmpty()) {
        for (const QString &violation : violations)
            std::fprintf(stderr, "token JSON invariant broken: %s\n", qUtf8Printable(violation));
        std::abort();
    }
    return 0;
}
