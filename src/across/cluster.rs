//! Cluster: each quotation joins the one longest quotation that contains it.
//!
//! A key no longer key contains is a root: it stands for an utterance as fully as any outlet
//! quoted it. Keys are taken longest first, so a key's containers are settled before it; a key
//! whose containers all belong to one root joins that root, with the place of its words in the
//! root's words. A key held by two different roots (a sentence two outlets quoted with
//! different context on either side) could belong to either, so it stays a cluster of its own
//! rather than chain the two together: a cluster is one root and its cuts, never a chain.

use super::verify::Container;

/// Where a key ended up: its root key and the word offset of its words in the root's.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placed {
    pub root: u32,
    pub offset: u32,
}

/// The root of every key. `containers[k]` are the verified containers of key `k`;
/// `word_counts[k]` its length.
pub fn roots(word_counts: &[u32], containers: &[Vec<Container>]) -> Vec<Placed> {
    let n = word_counts.len();
    let mut placed: Vec<Placed> = (0..n as u32)
        .map(|k| Placed { root: k, offset: 0 })
        .collect();
    let mut order: Vec<u32> = (0..n as u32).collect();
    order.sort_unstable_by_key(|&k| (std::cmp::Reverse(word_counts[k as usize]), k));
    for key in order {
        let mut joined: Option<Placed> = None;
        let mut ambiguous = false;
        for c in &containers[key as usize] {
            let via = placed[c.key as usize];
            let here = Placed {
                root: via.root,
                offset: via.offset + c.offset,
            };
            match joined {
                None => joined = Some(here),
                Some(p) if p.root != here.root => ambiguous = true,
                Some(p) if here.offset < p.offset => joined = Some(here),
                Some(_) => {}
            }
        }
        if let (Some(p), false) = (joined, ambiguous) {
            placed[key as usize] = p;
        }
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(key: u32, offset: u32) -> Container {
        Container { key, offset }
    }

    #[test]
    fn a_cut_of_a_cut_joins_the_root_at_the_composed_offset() {
        // 0 ⊃ 1 ⊃ 2
        let placed = roots(
            &[10, 7, 5],
            &[vec![], vec![c(0, 2)], vec![c(1, 1), c(0, 3)]],
        );
        assert_eq!(placed[1], Placed { root: 0, offset: 2 });
        assert_eq!(placed[2], Placed { root: 0, offset: 3 });
    }

    #[test]
    fn a_cut_held_by_two_roots_chains_nothing() {
        let placed = roots(&[10, 9, 5], &[vec![], vec![], vec![c(0, 5), c(1, 0)]]);
        assert_eq!(placed[2], Placed { root: 2, offset: 0 });
        assert_eq!(placed[0].root, 0);
        assert_eq!(placed[1].root, 1);
    }
}
