"use client";

import type { SimMessages } from "@/lib/i18n/sim-messages";
import { translateWith } from "@/lib/i18n/translate";
import { FieldControl } from "../controls/field-control";
import { setField } from "../model/edit-path";
import { asObject, type JsonObject, type JsonValue } from "../model/json-value";
import { PROTOCOLS } from "./sg-columns";

/** The peer of a connection as the contract writes it: a bare IP, or `{sg, ip}` for a member of a security group. */
function readPeer(peer: JsonValue | undefined): { ip: JsonValue | undefined; sg: JsonValue | undefined } {
  if (typeof peer === "string") return { ip: peer, sg: undefined };
  const object = asObject(peer);
  return { ip: object.ip, sg: object.sg };
}

function writePeer(ip: JsonValue | undefined, sg: JsonValue | undefined): JsonValue {
  const groups = Array.isArray(sg) ? sg : typeof sg === "string" ? [sg] : [];
  if (groups.length === 0) return ip ?? "";
  return { sg: groups.length === 1 ? (groups[0] ?? "") : groups, ip: ip ?? "" };
}

/** Direction, protocol, port or ICMP type/code, the peer (an IP or a member of a group), ephemeral port, same subnet. */
export function TrafficEditor({
  traffic,
  onChange,
  messages,
}: {
  traffic: JsonObject;
  onChange: (next: JsonObject) => void;
  messages: SimMessages;
}) {
  const t = translateWith(messages);
  const direction = traffic.direction === "outbound" ? "outbound" : "inbound";
  const peerKey = direction === "inbound" ? "source" : "destination";
  const peer = readPeer(traffic[peerKey]);
  const icmp = traffic.protocol === "icmp" || traffic.protocol === "icmpv6";

  function setDirection(next: JsonValue | undefined) {
    const nextKey = next === "outbound" ? "destination" : "source";
    const { source: _source, destination: _destination, ...rest } = traffic;
    onChange({ ...rest, direction: next ?? "inbound", [nextKey]: traffic[peerKey] ?? "" });
  }

  const set = (path: string) => (next: JsonValue | undefined) => onChange(setField(traffic, path, next));
  return (
    <fieldset className="space-y-2 rounded-md border border-slate-200 p-3">
      <legend className="px-1 text-sm font-semibold">{t("sg.traffic")}</legend>
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-4">
        <div className="col-span-2">
          <FieldControl
            spec={{ path: "direction", kind: "select", options: ["inbound", "outbound"], required: true }}
            value={direction}
            onValue={setDirection}
            messages={messages}
            label={`${t("sg.direction")} (${t(direction === "inbound" ? "sg.directionInbound" : "sg.directionOutbound")})`}
          />
        </div>
        <FieldControl
          spec={{ path: "protocol", kind: "select", options: PROTOCOLS.filter((p) => p !== "-1"), required: true }}
          value={traffic.protocol}
          onValue={set("protocol")}
          messages={messages}
          label={t("sg.protocol")}
        />
        {icmp ? (
          <>
            <FieldControl
              spec={{ path: "icmpType", kind: "int" }}
              value={traffic.icmpType}
              onValue={set("icmpType")}
              messages={messages}
              label={t("sg.icmpType")}
            />
            <FieldControl
              spec={{ path: "icmpCode", kind: "int" }}
              value={traffic.icmpCode}
              onValue={set("icmpCode")}
              messages={messages}
              label={t("sg.icmpCode")}
            />
          </>
        ) : (
          <FieldControl
            spec={{ path: "port", kind: "int" }}
            value={traffic.port}
            onValue={set("port")}
            messages={messages}
            label={t("sg.port")}
          />
        )}
        <FieldControl
          spec={{ path: "ip", kind: "text", required: true }}
          value={peer.ip}
          onValue={(ip) => onChange(setField(traffic, peerKey, writePeer(ip, peer.sg)))}
          messages={messages}
          label={`${t("sg.peerIp")} (${t(peerKey === "source" ? "field.source" : "field.destination")})`}
        />
        <FieldControl
          spec={{ path: "sg", kind: "list" }}
          value={peer.sg}
          onValue={(sg) => onChange(setField(traffic, peerKey, writePeer(peer.ip, sg)))}
          messages={messages}
          label={t("sg.peerSg")}
        />
        <FieldControl
          spec={{ path: "sourcePort", kind: "int" }}
          value={traffic.sourcePort}
          onValue={set("sourcePort")}
          messages={messages}
          label={t("sg.sourcePort")}
        />
        <label className="col-span-2 flex items-center gap-2 self-end text-sm">
          <input
            type="checkbox"
            checked={traffic.sameSubnet === true}
            onChange={(e) => set("sameSubnet")(e.target.checked ? true : undefined)}
          />
          {t("sg.sameSubnet")}
        </label>
      </div>
    </fieldset>
  );
}
