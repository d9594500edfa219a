"use client";

import { ErrorPanel } from "@/app/_components/error-panel";

export default ErrorPanel;
