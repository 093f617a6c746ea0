// The 2D face shown when no VRM model is active: eyes, brows and mouth follow the emotions.

const SVG = "http://www.w3.org/2000/svg";
export const EMOTIONS = ["neutral", "happy", "angry", "sad", "relaxed", "surprised"];
const EASE = 0.2; // share of the remaining distance covered per frame

function svg(tag, attrs = {}) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  return node;
}

const clamp = (value, low, high) => Math.min(high, Math.max(low, value));

/** The dominant feeling, as the server picks it: neutral wins ties and near-silence. */
export function dominantOf(values) {
  let best = "neutral";
  for (const name of EMOTIONS) if ((values[name] ?? 0) > (values[best] ?? 0)) best = name;
  return best;
}

/**
 * createFace(container) -> {element, setEmotion(values, dominant), setAnimation(state), show, hide}
 * The root carries data-emotion (the dominant feeling) and data-animation-state.
 */
export function createFace(container) {
  const root = document.createElement("figure");
  root.className = "face";
  root.dataset.emotion = "neutral";
  root.dataset.animationState = "idle";
  const drawing = svg("svg", { viewBox: "0 0 200 200", role: "img", "aria-labelledby": "face-caption" });
  const head = svg("circle", { cx: 100, cy: 105, r: 82, class: "face-head" });
  const cheeks = [
    svg("ellipse", { cx: 55, cy: 128, rx: 14, ry: 8, class: "face-cheek" }),
    svg("ellipse", { cx: 145, cy: 128, rx: 14, ry: 8, class: "face-cheek" }),
  ];
  const eyes = [
    svg("ellipse", { cx: 70, cy: 95, rx: 10, ry: 12, class: "face-eye" }),
    svg("ellipse", { cx: 130, cy: 95, rx: 10, ry: 12, class: "face-eye" }),
  ];
  const pupils = [
    svg("circle", { cx: 70, cy: 95, r: 4, class: "face-pupil" }),
    svg("circle", { cx: 130, cy: 95, r: 4, class: "face-pupil" }),
  ];
  const brows = [svg("path", { class: "face-brow" }), svg("path", { class: "face-brow" })];
  const mouth = svg("path", { class: "face-mouth" });
  const thought = svg("g", { class: "face-thought" });
  for (const [cx, cy, r] of [
    [150, 40, 5],
    [166, 26, 7],
    [186, 12, 9],
  ])
    thought.append(svg("circle", { cx, cy, r }));
  const eyeGroup = svg("g", { class: "face-eyes" });
  eyeGroup.append(...eyes, ...pupils);
  const face = svg("g", { class: "face-body" });
  face.append(head, ...cheeks, eyeGroup, ...brows, mouth);
  drawing.append(face, thought);
  const caption = document.createElement("figcaption");
  caption.id = "face-caption";
  root.append(drawing, caption);
  container.append(root);

  const target = Object.fromEntries(EMOTIONS.map((name) => [name, name === "neutral" ? 1 : 0]));
  const shown = { ...target };
  let state = "idle";
  let frame = null;

  function draw(now) {
    const v = shown;
    const talking = state === "talk";
    const smile = clamp(v.happy + v.relaxed * 0.5 - v.sad * 0.9 - v.angry * 0.5, -1, 1);
    const chatter = state === "talk" ? (Math.sin(now / 90) + 1) * 0.22 : 0;
    const open = clamp(v.surprised * 0.9 + chatter, 0, 1);
    const eyeOpen = clamp(1 - v.relaxed * 0.5 - v.happy * 0.35 + v.surprised * 0.45, 0.15, 1.5);
    const lift = v.surprised * 9 - v.angry * 3 + v.sad * 2;
    const tilt = v.angry * 9 - v.sad * 8; // inner ends down for anger, up for sorrow
    const gaze = { think: [5, -6], write: [0, 5] }[state] ?? [0, 0];

    for (const [index, eye] of eyes.entries()) {
      eye.setAttribute("ry", (12 * eyeOpen).toFixed(2));
      pupils[index].setAttribute("cx", String(eye.cx.baseVal.value + gaze[0]));
      pupils[index].setAttribute("cy", String(95 + gaze[1] * eyeOpen));
      pupils[index].setAttribute("r", (4 * Math.min(eyeOpen, 1)).toFixed(2));
    }
    const browY = 70 - lift;
    brows[0].setAttribute(
      "d",
      `M52 ${(browY - tilt * 0.3).toFixed(2)} Q70 ${(browY - 6 - lift * 0.3).toFixed(2)} 86 ${(browY + tilt).toFixed(2)}`,
    );
    brows[1].setAttribute(
      "d",
      `M148 ${(browY - tilt * 0.3).toFixed(2)} Q130 ${(browY - 6 - lift * 0.3).toFixed(2)} 114 ${(browY + tilt).toFixed(2)}`,
    );
    const width = 30 - open * 8;
    const curve = 140 + smile * 22;
    const lower = curve + open * 34;
    mouth.setAttribute(
      "d",
      `M${100 - width} 140 Q100 ${(curve - open * 6).toFixed(2)} ${100 + width} 140 Q100 ${lower.toFixed(2)} ${100 - width} 140 Z`,
    );
    for (const cheek of cheeks) cheek.style.opacity = (v.happy * 0.8 + v.relaxed * 0.3).toFixed(2);
    return talking;
  }

  function tick(now) {
    let moving = false;
    for (const name of EMOTIONS) {
      const gap = target[name] - shown[name];
      if (Math.abs(gap) > 0.002) {
        shown[name] += gap * EASE;
        moving = true;
      } else {
        shown[name] = target[name];
      }
    }
    const animating = draw(now);
    frame = moving || animating ? requestAnimationFrame(tick) : null;
  }

  function wake() {
    if (frame === null) frame = requestAnimationFrame(tick);
  }

  function describe() {
    const dominant = root.dataset.emotion;
    const strength = Math.round((target[dominant] ?? 0) * 100);
    caption.textContent = `Feeling ${dominant} (${strength}%) · ${state}`;
  }

  draw(0);
  describe();

  return {
    element: root,
    setEmotion(values, dominant) {
      for (const name of EMOTIONS) {
        const value = Number(values?.[name]);
        target[name] = Number.isFinite(value) ? clamp(value, 0, 1) : 0;
      }
      root.dataset.emotion = EMOTIONS.includes(dominant) ? dominant : dominantOf(target);
      describe();
      wake();
    },
    setAnimation(newState) {
      state = typeof newState === "string" && newState ? newState : "idle";
      root.dataset.animationState = state;
      describe();
      wake();
    },
    show() {
      root.hidden = false;
    },
    hide() {
      root.hidden = true;
    },
  };
}
