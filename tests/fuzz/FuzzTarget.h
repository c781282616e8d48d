#pragma once

// The body of every libFuzzer target: the input as raw data, not a copy (a read past its end
// is caught by AddressSanitizer instead of landing in a copy's NUL), the target's invariants,
// and an abort that names each broken one.

#include <QByteArray>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

template <typename Check>
int fuzzOne(const std::uint8_t *data, std::size_t size, const char *what, Check check) {
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const QStringList violations = check(input);
    if (!violations.isEmpty()) {
        for (const QString &violation : violations)
            std::fprintf(stderr, "%s invariant broken: %s\n", what, qUtf8Printable(violation));
        std::abort();
    }
    return 0;
}
