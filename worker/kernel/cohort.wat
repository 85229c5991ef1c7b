;; cohort.wat — the hot loop of one deterministic projection (worker/engine/cohort.ts, project()) in
;; WebAssembly, built to cohort.wasm by scripts/build/kernel.ts with wabt.
;;
;; It must give the TypeScript engine's numbers bit for bit (worker/kernel/kernel.test.ts checks it), so
;; every expression below performs the same IEEE operations in the same order as its TypeScript twin:
;; one f64 multiply or add at a time, never a fused multiply-add (WebAssembly has none outside
;; relaxed-simd, which is not used). f64x2 SIMD runs two independent cells per instruction: lane by
;; lane it is the same multiply as the scalar code, so vectorising does not change a single bit.
;;
;; Memory layout (JavaScript allocates it per result and passes byte offsets; see worker/kernel/kernel.ts):
;; population rows of 202 cells ([sex × 101 + age], males 0..100, females 101..201, 1,616 bytes a row),
;; growth rates (one row, or a row per step), fertility shape (101), TFR by step, newborn rates by step
;; (8 numbers: growth, death, in, out, each male then female) and the four flows arrays
;; (births, birthDeaths, birthInMigrants, birthOutMigrants), each 2 numbers a step.
(module
  (import "env" "memory" (memory 1))

  ;; cohort.ts ageOneYear: everyone in the row at byte $now moves to the next row one age up, times
  ;; the growth row at byte $g. Cell j goes to cell j + 1 of the next row (byte +1,624 = 203 cells),
  ;; so the male 100+ lands on the female age-0 slot (overwritten by the births) and each 100+ then
  ;; adds its own survivors.
  (func $age (param $now i32) (param $g i32)
    (local $next i32)
    (local $j i32)
    (local.set $next (i32.add (local.get $now) (i32.const 1624)))
    ;; Cells 0..199, eight a turn (four f64x2): 25 turns of 64 bytes. The rows read and the row written
    ;; never overlap, so the order of loads and stores does not matter.
    (loop $cells
      (v128.store offset=0 (i32.add (local.get $next) (local.get $j))
        (f64x2.mul (v128.load offset=0 (i32.add (local.get $now) (local.get $j)))
                   (v128.load offset=0 (i32.add (local.get $g) (local.get $j)))))
      (v128.store offset=16 (i32.add (local.get $next) (local.get $j))
        (f64x2.mul (v128.load offset=16 (i32.add (local.get $now) (local.get $j)))
                   (v128.load offset=16 (i32.add (local.get $g) (local.get $j)))))
      (v128.store offset=32 (i32.add (local.get $next) (local.get $j))
        (f64x2.mul (v128.load offset=32 (i32.add (local.get $now) (local.get $j)))
                   (v128.load offset=32 (i32.add (local.get $g) (local.get $j)))))
      (v128.store offset=48 (i32.add (local.get $next) (local.get $j))
        (f64x2.mul (v128.load offset=48 (i32.add (local.get $now) (local.get $j)))
                   (v128.load offset=48 (i32.add (local.get $g) (local.get $j)))))
      (br_if $cells
        (i32.lt_u (local.tee $j (i32.add (local.get $j) (i32.const 64))) (i32.const 1600))))
    ;; female 99 → 100+: next[200] = now[200] × g[200]
    (f64.store offset=1600 (local.get $next)
      (f64.mul (f64.load offset=1600 (local.get $now)) (f64.load offset=1600 (local.get $g))))
    ;; male 100+ stays: next[99] += now[100] × g[100]
    (f64.store offset=792 (local.get $next)
      (f64.add (f64.load offset=792 (local.get $next))
               (f64.mul (f64.load offset=800 (local.get $now)) (f64.load offset=800 (local.get $g)))))
    ;; female 100+ stays: next[200] += now[201] × g[201]
    (f64.store offset=1600 (local.get $next)
      (f64.add (f64.load offset=1600 (local.get $next))
               (f64.mul (f64.load offset=1608 (local.get $now)) (f64.load offset=1608 (local.get $g))))))

  ;; asfr.ts weightedWomen: Σ shape[x] × women[x] for x = $first..$last, where $women is the byte offset
  ;; of a row's female age 0 and $shape that of shape[0]. TypeScript keeps two partial sums, even (x =
  ;; first, first + 2, …) and odd (x + 1): they are exactly the two lanes of one f64x2 accumulator.
  (func $women (param $women i32) (param $shape i32) (param $first i32) (param $last i32) (result f64)
    (local $sum v128)
    (local $x i32)
    (local $even f64)
    (local.set $x (local.get $first))
    (block $done
      (br_if $done (i32.ge_s (local.get $x) (local.get $last)))
      (loop $ages
        (local.set $sum
          (f64x2.add (local.get $sum)
            (f64x2.mul
              (v128.load (i32.add (local.get $shape) (i32.shl (local.get $x) (i32.const 3))))
              (v128.load (i32.add (local.get $women) (i32.shl (local.get $x) (i32.const 3)))))))
        (br_if $ages
          (i32.lt_s (local.tee $x (i32.add (local.get $x) (i32.const 2))) (local.get $last)))))
    (local.set $even (f64x2.extract_lane 0 (local.get $sum)))
    ;; An odd count of ages leaves the last one for the even sum.
    (if (i32.eq (local.get $x) (local.get $last))
      (then
        (local.set $even
          (f64.add (local.get $even)
            (f64.mul
              (f64.load (i32.add (local.get $shape) (i32.shl (local.get $x) (i32.const 3))))
              (f64.load (i32.add (local.get $women) (i32.shl (local.get $x) (i32.const 3)))))))))
    (f64.add (local.get $even) (f64x2.extract_lane 1 (local.get $sum))))

  ;; cohort.ts project()'s yearly loop, $steps years from the base row at byte $pop (filled by the caller).
  ;; $growthStride is 0 (one growth row for every year) or 1,616 (a row per year); $newbornStride is
  ;; 0 (the same newborn rates every year) or 64 (a set per year). Births = TFR × ½(W(t) + W(t+1)).
  (func (export "project")
    (param $pop i32) (param $growth i32) (param $growthStride i32)
    (param $shape i32) (param $first i32) (param $last i32)
    (param $tfr i32) (param $newborn i32) (param $newbornStride i32)
    (param $flows i32) (param $steps i32) (param $maleShare f64)
    (local $step i32)
    (local $now i32)
    (local $flow i32)
    (local $span i32)
    (local $womenNow f64)
    (local $womenNext f64)
    (local $total f64)
    (local $male f64)
    (local $female f64)
    (local.set $now (local.get $pop))
    ;; Bytes of one flows array (2 numbers a step): births, deaths, in- and out-migrants follow each other.
    (local.set $span (i32.shl (local.get $steps) (i32.const 4)))
    ;; Female age 0 of a row is 101 cells (808 bytes) in.
    (local.set $womenNow
      (call $women (i32.add (local.get $now) (i32.const 808)) (local.get $shape) (local.get $first) (local.get $last)))
    (block $done
      (br_if $done (i32.ge_s (local.get $step) (local.get $steps)))
      (loop $year
        (call $age (local.get $now) (local.get $growth))
        (local.set $womenNext
          (call $women (i32.add (local.get $now) (i32.const 2424)) (local.get $shape) (local.get $first) (local.get $last)))
        ;; tfrByStep[step] * 0.5 * (womenNow + womenNext), left to right as in TypeScript.
        (local.set $total
          (f64.mul
            (f64.mul (f64.load (i32.add (local.get $tfr) (i32.shl (local.get $step) (i32.const 3)))) (f64.const 0.5))
            (f64.add (local.get $womenNow) (local.get $womenNext))))
        (local.set $womenNow (local.get $womenNext))
        (local.set $male (f64.mul (local.get $total) (local.get $maleShare)))
        (local.set $female (f64.sub (local.get $total) (local.get $male)))
        ;; cohort.ts placeBirths: the flows of this step (index step × 2 + sex) …
        (local.set $flow (i32.add (local.get $flows) (i32.shl (local.get $step) (i32.const 4))))
        (f64.store offset=0 (local.get $flow) (local.get $male))
        (f64.store offset=8 (local.get $flow) (local.get $female))
        (local.set $flow (i32.add (local.get $flow) (local.get $span)))
        (f64.store offset=0 (local.get $flow) (f64.mul (local.get $male) (f64.load offset=16 (local.get $newborn))))
        (f64.store offset=8 (local.get $flow) (f64.mul (local.get $female) (f64.load offset=24 (local.get $newborn))))
        (local.set $flow (i32.add (local.get $flow) (local.get $span)))
        (f64.store offset=0 (local.get $flow) (f64.mul (local.get $male) (f64.load offset=32 (local.get $newborn))))
        (f64.store offset=8 (local.get $flow) (f64.mul (local.get $female) (f64.load offset=40 (local.get $newborn))))
        (local.set $flow (i32.add (local.get $flow) (local.get $span)))
        (f64.store offset=0 (local.get $flow) (f64.mul (local.get $male) (f64.load offset=48 (local.get $newborn))))
        (f64.store offset=8 (local.get $flow) (f64.mul (local.get $female) (f64.load offset=56 (local.get $newborn))))
        ;; … and the surviving newborns at age 0 of the next row.
        (local.set $now (i32.add (local.get $now) (i32.const 1616)))
        (f64.store offset=0 (local.get $now) (f64.mul (local.get $male) (f64.load offset=0 (local.get $newborn))))
        (f64.store offset=808 (local.get $now) (f64.mul (local.get $female) (f64.load offset=8 (local.get $newborn))))
        (local.set $growth (i32.add (local.get $growth) (local.get $growthStride)))
        (local.set $newborn (i32.add (local.get $newborn) (local.get $newbornStride)))
        (br_if $year
          (i32.lt_s (local.tee $step (i32.add (local.get $step) (i32.const 1))) (local.get $steps))))))
;; ---------------------------------------------------------------------------------------------
;; The bands' fan (worker/engine/fan.ts, runFan): one trajectory, every year. Its own instance and
;; memory (see worker/kernel/kernel.ts, fanBuffersFor): two rows of 202 cells that take turns, the
;; fertility shape, six numbers a year from JavaScript, five numbers a year out, and the survival grid
;; as three rows a level (S, A = ½(1 + S)·I, B = ½(1 + S)·O; 1,616 bytes apart), copied from fan.ts's
;; interleaved grid the first time a level is used.

  ;; fan.ts ageCells: cells $from..$to (inclusive) of $now into $next one age up, at growth
  ;; g = S + mIn·A − mOut·B floored at 0, from the grid level at byte $row; returns their sum, kept as
  ;; TypeScript keeps it (even and odd partial sums: the two lanes).
  (func $fanCells (param $now i32) (param $next i32) (param $row i32) (param $mIn v128) (param $mOut v128)
                  (param $from i32) (param $to i32) (result f64)
    (local $sum v128) (local $j i32) (local $at i32) (local $g v128) (local $p v128) (local $even f64)
    (local.set $j (local.get $from))
    (block $done
      (br_if $done (i32.ge_s (local.get $j) (local.get $to)))
      (loop $pairs
        (local.set $at (i32.shl (local.get $j) (i32.const 3)))
        ;; (S + mIn·A) − mOut·B, left to right as in TypeScript
        (local.set $g
          (f64x2.sub
            (f64x2.add (v128.load (i32.add (local.get $row) (local.get $at)))
                       (f64x2.mul (local.get $mIn) (v128.load offset=1616 (i32.add (local.get $row) (local.get $at)))))
            (f64x2.mul (local.get $mOut) (v128.load offset=3232 (i32.add (local.get $row) (local.get $at))))))
        ;; g > 0 ? g : 0 — the mask keeps g where it is > 0 and gives +0 elsewhere (NaN included)
        (local.set $p
          (f64x2.mul (v128.load (i32.add (local.get $now) (local.get $at)))
                     (v128.and (local.get $g) (f64x2.gt (local.get $g) (v128.const f64x2 0 0)))))
        (v128.store offset=8 (i32.add (local.get $next) (local.get $at)) (local.get $p))
        (local.set $sum (f64x2.add (local.get $sum) (local.get $p)))
        (br_if $pairs (i32.lt_s (local.tee $j (i32.add (local.get $j) (i32.const 2))) (local.get $to)))))
    (local.set $even (f64x2.extract_lane 0 (local.get $sum)))
    (if (i32.eq (local.get $j) (local.get $to))
      (then (local.set $even (f64.add (local.get $even)
        (call $fanCell (local.get $now) (local.get $next) (local.get $row) (local.get $mIn) (local.get $mOut) (local.get $j) (i32.const 8))))))
    (f64.add (local.get $even) (f64x2.extract_lane 1 (local.get $sum))))

  ;; One cell j: p = now[j] × (g > 0 ? g : 0) stored at byte $shift past next[j] (8: one age up,
  ;; for ageCells' odd cell) or added to next[j] ($shift 0: fan.ts stayOpen, the 100+); returns p.
  (func $fanCell (param $now i32) (param $next i32) (param $row i32) (param $mIn v128) (param $mOut v128)
                 (param $j i32) (param $shift i32) (result f64)
    (local $at i32) (local $g f64) (local $p f64) (local $to i32)
    (local.set $at (i32.shl (local.get $j) (i32.const 3)))
    (local.set $g
      (f64.sub
        (f64.add (f64.load (i32.add (local.get $row) (local.get $at)))
                 (f64.mul (f64x2.extract_lane 0 (local.get $mIn)) (f64.load offset=1616 (i32.add (local.get $row) (local.get $at)))))
        (f64.mul (f64x2.extract_lane 0 (local.get $mOut)) (f64.load offset=3232 (i32.add (local.get $row) (local.get $at))))))
    (local.set $p
      (f64.mul (f64.load (i32.add (local.get $now) (local.get $at)))
               (select (local.get $g) (f64.const 0) (f64.gt (local.get $g) (f64.const 0)))))
    (local.set $to (i32.add (i32.add (local.get $next) (local.get $at)) (local.get $shift)))
    (if (local.get $shift)
      (then (f64.store (local.get $to) (local.get $p)))
      (else (f64.store (local.get $to) (f64.add (f64.load (local.get $to)) (local.get $p)))))
    (local.get $p))

  ;; runFan's yearly loop for one run. $par holds six numbers a year, from JavaScript: the byte offset
  ;; of the year's grid level, mIn, mOut, the year's TFR (drawn, floored), and the newborns' two growth
  ;; factors (floored). $out gets five a year: total, 0–14, 15–64, 65+, aging rate.
  (func (export "fanRun")
    (param $now i32) (param $next i32) (param $shape i32) (param $first i32) (param $last i32)
    (param $par i32) (param $out i32) (param $steps i32) (param $maleShare f64) (param $womenNow f64)
    (local $step i32) (local $row i32) (local $mIn v128) (local $mOut v128) (local $swap i32)
    (local $young f64) (local $working f64) (local $old f64) (local $womenNext f64)
    (local $births f64) (local $male f64) (local $total f64)
    (block $done
      (br_if $done (i32.ge_s (local.get $step) (local.get $steps)))
      (loop $year
        (local.set $row (i32.trunc_f64_u (f64.load offset=0 (local.get $par))))
        (local.set $mIn (f64x2.splat (f64.load offset=8 (local.get $par))))
        (local.set $mOut (f64x2.splat (f64.load offset=16 (local.get $par))))
        ;; Males 0..100, females 101..201; in fan.ts's order, so the sums round the same way.
        (local.set $young
          (f64.add (call $fanCells (local.get $now) (local.get $next) (local.get $row) (local.get $mIn) (local.get $mOut) (i32.const 0) (i32.const 13))
                   (call $fanCells (local.get $now) (local.get $next) (local.get $row) (local.get $mIn) (local.get $mOut) (i32.const 101) (i32.const 114))))
        (local.set $working
          (f64.add (call $fanCells (local.get $now) (local.get $next) (local.get $row) (local.get $mIn) (local.get $mOut) (i32.const 14) (i32.const 63))
                   (call $fanCells (local.get $now) (local.get $next) (local.get $row) (local.get $mIn) (local.get $mOut) (i32.const 115) (i32.const 164))))
        ;; Cell 99 → next[100] is written before the male 100+ adds its survivors; likewise 200 → 201.
        (local.set $old (call $fanCells (local.get $now) (local.get $next) (local.get $row) (local.get $mIn) (local.get $mOut) (i32.const 64) (i32.const 99)))
        (local.set $old (f64.add (local.get $old)
          (call $fanCell (local.get $now) (local.get $next) (local.get $row) (local.get $mIn) (local.get $mOut) (i32.const 100) (i32.const 0))))
        (local.set $old (f64.add (local.get $old)
          (call $fanCells (local.get $now) (local.get $next) (local.get $row) (local.get $mIn) (local.get $mOut) (i32.const 165) (i32.const 200))))
        (local.set $old (f64.add (local.get $old)
          (call $fanCell (local.get $now) (local.get $next) (local.get $row) (local.get $mIn) (local.get $mOut) (i32.const 201) (i32.const 0))))
        (local.set $womenNext
          (call $women (i32.add (local.get $next) (i32.const 808)) (local.get $shape) (local.get $first) (local.get $last)))
        ;; births = tfr × 0.5 × (womenNow + womenNext)
        (local.set $births
          (f64.mul (f64.mul (f64.load offset=24 (local.get $par)) (f64.const 0.5))
                   (f64.add (local.get $womenNow) (local.get $womenNext))))
        (local.set $womenNow (local.get $womenNext))
        (local.set $male (f64.mul (local.get $births) (local.get $maleShare)))
        (f64.store offset=0 (local.get $next) (f64.mul (local.get $male) (f64.load offset=32 (local.get $par))))
        (f64.store offset=808 (local.get $next)
          (f64.mul (f64.sub (local.get $births) (local.get $male)) (f64.load offset=40 (local.get $par))))
        (local.set $young (f64.add (local.get $young)
          (f64.add (f64.load offset=0 (local.get $next)) (f64.load offset=808 (local.get $next)))))
        (local.set $total (f64.add (f64.add (local.get $young) (local.get $working)) (local.get $old)))
        (f64.store offset=0 (local.get $out) (local.get $total))
        (f64.store offset=8 (local.get $out) (local.get $young))
        (f64.store offset=16 (local.get $out) (local.get $working))
        (f64.store offset=24 (local.get $out) (local.get $old))
        (f64.store offset=32 (local.get $out)
          (if (result f64) (f64.gt (local.get $total) (f64.const 0))
            (then (f64.div (f64.mul (f64.const 100) (local.get $old)) (local.get $total)))
            (else (f64.const nan))))
        (local.set $swap (local.get $now))
        (local.set $now (local.get $next))
        (local.set $next (local.get $swap))
        (local.set $par (i32.add (local.get $par) (i32.const 48)))
        (local.set $out (i32.add (local.get $out) (i32.const 40)))
        (br_if $year (i32.lt_s (local.tee $step (i32.add (local.get $step) (i32.const 1))) (local.get $steps)))))))
