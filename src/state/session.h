// Signing in and out against Discourse (its session endpoint and its real refusals: wrong
// password, account not activated, second factor needed, too many tries), and the embedded
// demo's "act as" member switch.
#pragma once

#include <optional>
#include <string>
#include <variant>

#include "api/api_error.h"
#include "model/session.h"
#include "state/effects.h"

namespace hearth::state {

struct LoginForm {
  enum class Phase { writing, signing_in, failed };
  std::string login;
  std::string password;
  std::string second_factor;
  bool needs_second_factor = false;
  Phase phase = Phase::writing;
  std::string message;  // what went wrong, in words
};

// The sentence for a refused sign-in, and whether the forum wants a second factor.
std::string login_failure_message(const api::ApiError& e, bool& needs_second_factor);

struct LoginFieldEdited { std::string field; std::string value; };  // "login", "password", "second_factor"
struct LoginPressed {};
struct LoggedIn { model::CurrentUser user; };
struct LoginFailed { api::ApiError error; };
using LoginAction = std::variant<LoginFieldEdited, LoginPressed, LoggedIn, LoginFailed>;

// `done` is set when the member is signed in.
LoginForm update_login(LoginForm f, const LoginAction& a, Effects& fx, bool& done);

}  // namespace hearth::state
