// The usual visitor helper for std::visit over action variants: one lambda per alternative.
#pragma once

namespace hearth::state {

template <class... F>
struct Overloaded : F... {
  using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;

}  // namespace hearth::state
