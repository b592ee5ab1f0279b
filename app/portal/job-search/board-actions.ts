import type { JobSearchActions } from "@/app/_components/plans/job-search-board";
import { addInterviewAction, deleteApplicationAction, deleteInterviewAction, deleteNetworkingAction, saveApplicationAction, saveNetworkingAction } from "../actions";

/** The portal's job-search actions, bound to what each form edits (always within the client's own plan). */
export const portalJobSearchActions: JobSearchActions = {
  saveApplication: (id) => saveApplicationAction.bind(null, id),
  deleteApplication: (id) => deleteApplicationAction.bind(null, id),
  addInterview: (id) => addInterviewAction.bind(null, id),
  deleteInterview: (id) => deleteInterviewAction.bind(null, id),
  saveNetworking: (id) => saveNetworkingAction.bind(null, id),
  deleteNetworking: (id) => deleteNetworkingAction.bind(null, id),
};
