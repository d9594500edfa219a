"use client";

import dynamic from "next/dynamic";
import type { ComponentType } from "react";
import type { SimName } from "@/lib/sim";
import type { SimPanelProps } from "./panel-props";

function Loading() {
  return <div aria-busy="true" className="h-40 animate-pulse rounded-md border border-slate-200 bg-slate-100" />;
}

// One chunk per simulator: a page downloads only the simulator it shows, and only when it shows it.
const PANELS: Record<SimName, ComponentType<SimPanelProps>> = {
  iam: dynamic(() => import("./iam/iam-panel").then((m) => m.IamPanel), { loading: Loading }),
  sg: dynamic(() => import("./sg/sg-panel").then((m) => m.SgPanel), { loading: Loading }),
  ebs: dynamic(() => import("./ebs/ebs-panel").then((m) => m.EbsPanel), { loading: Loading }),
  ec2: dynamic(() => import("./ec2/ec2-panel").then((m) => m.Ec2Panel), { loading: Loading }),
  "elb-asg": dynamic(() => import("./elb-asg/elb-asg-panel").then((m) => m.ElbAsgPanel), { loading: Loading }),
  efs: dynamic(() => import("./efs/efs-panel").then((m) => m.EfsPanel), { loading: Loading }),
  route53: dynamic(() => import("./route53/route53-panel").then((m) => m.Route53Panel), { loading: Loading }),
  s3: dynamic(() => import("./s3/s3-panel").then((m) => m.S3Panel), { loading: Loading }),
  vpc: dynamic(() => import("./vpc/vpc-panel").then((m) => m.VpcPanel), { loading: Loading }),
};

/** The interactive panel of one simulator, loaded on demand. */
export function SimPanel({ sim, ...props }: SimPanelProps & { sim: SimName }) {
  const Panel = PANELS[sim];
  return <Panel {...props} />;
}
