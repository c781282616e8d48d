#pragma once

#include "SandboxState.h"

#include <QString>

// The sandbox's data file: {"accountId", "clusterId", "tokens": [token + accessTokenSha512?]}.
// Written with QSaveFile, so an interrupted write never leaves a half-written file.
namespace SandboxStateFile {

// On failure `error` names the file and what is wrong with it; `state` is left untouched.
bool load(const QString &path, SandboxState *state, QString *error);
bool save(const QString &path, const SandboxState &state, QString *error);

} // namespace SandboxStateFile
