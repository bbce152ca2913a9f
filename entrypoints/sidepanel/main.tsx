import { mountPage } from '@/components/app/mount';
import SidePanelApp from '@/components/sidepanel/SidePanelApp';

mountPage(<SidePanelApp />);
